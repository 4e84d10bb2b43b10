package kz.emocare.hub.crisis;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a person with an active crisis request asks for help again (another press of the help button, or
 * another screening with a risk). No second request is opened; the active one is marked so it stands out.
 */
public record CrisisRequestSignalled(UUID requestId, UUID personId, CrisisSource source, Instant signalledAt) {}
