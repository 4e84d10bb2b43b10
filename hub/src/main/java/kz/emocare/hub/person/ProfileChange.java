package kz.emocare.hub.person;

import java.util.Optional;

/**
 * What a person changes about themselves; {@code null} leaves a value as it is. The disability category is an
 * optional of an optional so that it can be cleared: {@code Optional.empty()} removes it.
 */
public record ProfileChange(
        String displayName,
        String email,
        Language language,
        TextSize textSize,
        Boolean highContrast,
        Boolean simplifiedMode,
        Optional<DisabilityCategory> disabilityCategory) {}
