package kz.emocare.contracts.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private static final FaultSettings THIRTY_PERCENT =
            FaultSettings.parse("error=0.1,reset=0.1,malformed=0.05,truncated=0.05,seed=7", FaultSettings.NONE);

    @Test
    void sameSeedGivesTheSameFaultsInTheSameOrder() {
        assertThat(draws(new FaultInjector(THIRTY_PERCENT), 500))
                .isEqualTo(draws(new FaultInjector(THIRTY_PERCENT), 500));
    }

    @Test
    void drawsFollowTheConfiguredRates() {
        Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
        draws(new FaultInjector(THIRTY_PERCENT), 20_000).forEach(kind -> counts.merge(kind, 1, Integer::sum));
        assertThat(counts.get(FaultKind.NONE)).isBetween(13_600, 14_400);
        assertThat(counts.get(FaultKind.SERVER_ERROR)).isBetween(1_800, 2_200);
        assertThat(counts.get(FaultKind.CONNECTION_RESET)).isBetween(1_800, 2_200);
        assertThat(counts.get(FaultKind.MALFORMED_BODY)).isBetween(850, 1_150);
        assertThat(counts.get(FaultKind.TRUNCATED_BODY)).isBetween(850, 1_150);
    }

    @Test
    void updateRestartsTheSequence() {
        FaultInjector injector = new FaultInjector(THIRTY_PERCENT);
        List<FaultKind> first = draws(injector, 50);
        injector.update(THIRTY_PERCENT);
        assertThat(draws(injector, 50)).isEqualTo(first);
    }

    @Test
    void latencyIsAddedToEveryAnswer() {
        FaultInjector injector = new FaultInjector(FaultSettings.parse("latency=200,jitter=100", FaultSettings.NONE));
        IntStream.range(0, 100)
                .forEach(request -> assertThat(injector.next().delayMillis()).isBetween(200L, 300L));
    }

    @Test
    void settingsRefuseRatesAboveOneAndUnknownNames() {
        assertThatThrownBy(() -> FaultSettings.parse("error=0.7,reset=0.5", FaultSettings.NONE))
                .hasMessageContaining("more than 1");
        assertThatThrownBy(() -> FaultSettings.parse("errors=0.1", FaultSettings.NONE))
                .hasMessageContaining("unknown fault settings");
        assertThatThrownBy(() -> FaultSettings.parse("latency=-5", FaultSettings.NONE))
                .hasMessageContaining("latencyMillis");
    }

    @Test
    void noFaultsWhenNothingIsSwitchedOn() {
        assertThat(draws(new FaultInjector(FaultSettings.NONE), 100)).containsOnly(FaultKind.NONE);
    }

    private static List<FaultKind> draws(FaultInjector injector, int count) {
        return IntStream.range(0, count)
                .mapToObj(request -> injector.next().kind())
                .toList();
    }
}
