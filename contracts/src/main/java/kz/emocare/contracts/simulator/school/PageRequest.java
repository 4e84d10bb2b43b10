package kz.emocare.contracts.simulator.school;

import java.util.List;
import java.util.function.Function;
import kz.emocare.contracts.school.SchoolPage;
import kz.emocare.contracts.school.SchoolSystemApi;
import kz.emocare.contracts.simulator.http.BadRequestException;
import kz.emocare.contracts.simulator.http.SimulatorRequest;

/** The {@code page} and {@code pageSize} query parameters of a listing. */
record PageRequest(int page, int pageSize) {

    static PageRequest of(SimulatorRequest request) {
        int page = integer(request, "page", 1);
        int pageSize = integer(request, "pageSize", SchoolSystemApi.DEFAULT_PAGE_SIZE);
        if (page < 1) {
            throw invalid("page must be 1 or more");
        }
        if (pageSize < 1 || pageSize > SchoolSystemApi.MAXIMUM_PAGE_SIZE) {
            throw invalid("pageSize must be between 1 and " + SchoolSystemApi.MAXIMUM_PAGE_SIZE);
        }
        return new PageRequest(page, pageSize);
    }

    int offset() {
        return (page - 1) * pageSize;
    }

    /** The page of {@code total} items whose items {@code itemsOnPage} computes from an offset and a count. */
    <T> SchoolPage<T> page(long total, PageSlicer<T> itemsOnPage) {
        int totalPages = (int) ((total + pageSize - 1) / pageSize);
        int count = (int) Math.max(0, Math.min(pageSize, total - offset()));
        List<T> items = count == 0 ? List.of() : itemsOnPage.slice(offset(), count);
        return new SchoolPage<>(items, page, pageSize, total, totalPages);
    }

    /** The page of a list already in memory, each element mapped. */
    <S, T> SchoolPage<T> page(List<S> all, Function<S, T> mapping) {
        return page(
                all.size(),
                (offset, count) -> all.subList(offset, offset + count).stream()
                        .map(mapping)
                        .toList());
    }

    @FunctionalInterface
    interface PageSlicer<T> {
        List<T> slice(int offset, int count);
    }

    private static int integer(SimulatorRequest request, String name, int fallback) {
        String value = request.queryParameter(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(name + " must be a whole number");
        }
    }

    private static BadRequestException invalid(String message) {
        return new BadRequestException(400, "parameterInvalid", message);
    }
}
