package kz.emocare.hub.platform;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * MVC wiring: the {@link Actor} parameter, and pages serialised as a stable DTO ({@code content} plus {@code page}
 * with size, number, total elements and total pages).
 */
@Configuration
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class WebConfiguration implements WebMvcConfigurer {

    private final ActorResolver actorResolver;

    WebConfiguration(ActorResolver actorResolver) {
        this.actorResolver = actorResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(actorResolver);
    }
}
