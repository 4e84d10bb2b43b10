package kz.emocare.contracts.content;

import java.util.List;

/**
 * A page of the change feed.
 *
 * @param nextCursor pass as {@code cursor} to continue after this page; also returned when the page is empty, so a
 *     consumer can store it as its checkpoint
 * @param hasMore whether more changes are available right now
 */
public record LessonChangePage(List<LessonChange> changes, String nextCursor, boolean hasMore) {}
