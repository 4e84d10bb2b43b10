package kz.emocare.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Emocare ID: the OpenID Connect provider every Emocare client signs in through. Start it with {@code
 * --spring.profiles.active=demo} for the demo accounts and clients.
 */
@SpringBootApplication
public class AuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthServerApplication.class, args);
    }
}
