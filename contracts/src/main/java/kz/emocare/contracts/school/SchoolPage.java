package kz.emocare.contracts.school;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param page 1-based page number
 * @param totalItems items over all pages
 */
public record SchoolPage<T>(List<T> items, int page, int pageSize, long totalItems, int totalPages) {

    /** Whether a later page exists. */
    public boolean hasNext() {
        return page < totalPages;
    }
}
