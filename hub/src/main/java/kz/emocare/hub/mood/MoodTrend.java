package kz.emocare.hub.mood;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person's mood over the last 7, 30 or 90 local days: overall figures, one point per day (days without entries
 * included, with a count of 0, so a chart has no holes to guess), and the direction.
 *
 * <p>The direction is the least-squares slope of the daily means, times the days between the first and the last day
 * with entries: a change of at least one level point over that span is IMPROVING or WORSENING, less is STABLE. Fewer
 * than three days with entries say nothing.
 *
 * @param timeZone the zone whose calendar days the window uses
 * @param mean the mean of all entries (not of daily means), two decimals, or {@code null} without entries
 * @param change the level points gained (or lost, negative) over the span, or {@code null} without a direction
 */
record MoodTrend(
        int days,
        String timeZone,
        LocalDate from,
        LocalDate to,
        long count,
        Double mean,
        Integer min,
        Integer max,
        Direction direction,
        Double change,
        List<Day> series) {

    static final int MIN_DAYS_FOR_DIRECTION = 3;
    static final double SIGNIFICANT_CHANGE = 1.0;

    /** Which way the mood goes; higher levels are better. */
    enum Direction {
        IMPROVING,
        STABLE,
        WORSENING,
        NOT_ENOUGH_DATA
    }

    /** One local day: entries, their mean, lowest and highest level; the figures are {@code null} without entries. */
    record Day(LocalDate date, long count, Double mean, Integer min, Integer max) {}

    /** Daily figures from the store: count, sum, lowest and highest level of one local day. */
    record DailyFigures(LocalDate date, long count, long sum, int min, int max) {}

    static MoodTrend of(int days, String timeZone, LocalDate lastDay, List<DailyFigures> figures) {
        LocalDate firstDay = lastDay.minusDays(days - 1L);
        Map<LocalDate, DailyFigures> byDay = new TreeMap<>();
        figures.forEach(day -> byDay.put(day.date(), day));

        List<Day> series = new ArrayList<>(days);
        for (LocalDate date = firstDay; !date.isAfter(lastDay); date = date.plusDays(1)) {
            DailyFigures day = byDay.get(date);
            series.add(
                    day == null
                            ? new Day(date, 0, null, null, null)
                            : new Day(
                                    date, day.count(), round((double) day.sum() / day.count()), day.min(), day.max()));
        }

        long count = figures.stream().mapToLong(DailyFigures::count).sum();
        long sum = figures.stream().mapToLong(DailyFigures::sum).sum();
        Double change = change(firstDay, figures);
        return new MoodTrend(
                days,
                timeZone,
                firstDay,
                lastDay,
                count,
                count == 0 ? null : round((double) sum / count),
                figures.stream()
                        .mapToInt(DailyFigures::min)
                        .boxed()
                        .min(Integer::compare)
                        .orElse(null),
                figures.stream()
                        .mapToInt(DailyFigures::max)
                        .boxed()
                        .max(Integer::compare)
                        .orElse(null),
                direction(change),
                change,
                List.copyOf(series));
    }

    /** Slope of the daily means (least squares) times the span of days with entries. */
    private static Double change(LocalDate firstDay, List<DailyFigures> figures) {
        if (figures.size() < MIN_DAYS_FOR_DIRECTION) {
            return null;
        }
        double n = figures.size();
        double sumX = 0;
        double sumY = 0;
        double sumXy = 0;
        double sumXx = 0;
        long firstIndex = Long.MAX_VALUE;
        long lastIndex = Long.MIN_VALUE;
        for (DailyFigures day : figures) {
            long x = day.date().toEpochDay() - firstDay.toEpochDay();
            double y = (double) day.sum() / day.count();
            sumX += x;
            sumY += y;
            sumXy += x * y;
            sumXx += (double) x * x;
            firstIndex = Math.min(firstIndex, x);
            lastIndex = Math.max(lastIndex, x);
        }
        double slope = (n * sumXy - sumX * sumY) / (n * sumXx - sumX * sumX);
        return round(slope * (lastIndex - firstIndex));
    }

    private static Direction direction(Double change) {
        if (change == null) {
            return Direction.NOT_ENOUGH_DATA;
        }
        if (change >= SIGNIFICANT_CHANGE) {
            return Direction.IMPROVING;
        }
        return change <= -SIGNIFICANT_CHANGE ? Direction.WORSENING : Direction.STABLE;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
