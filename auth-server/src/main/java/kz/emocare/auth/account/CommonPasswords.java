package kz.emocare.auth.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The list of common and breached passwords bundled as {@code common-passwords.txt} (no network look-up), compared
 * without regard to case.
 */
@Component
public class CommonPasswords {

    private final Set<String> passwords;

    CommonPasswords() {
        this.passwords = load();
    }

    public boolean contains(String password) {
        return passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return passwords.size();
    }

    private static Set<String> load() {
        Set<String> loaded = new HashSet<>();
        ClassPathResource resource = new ClassPathResource("common-passwords.txt");
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> loaded.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is missing", e);
        }
        return Set.copyOf(loaded);
    }
}
