package com.buildappswith.booking.web;

import com.buildappswith.booking.shared.Page;

import java.io.Serializable;
import java.util.Optional;

/**
 * Which page of one list a page shows (a dashboard's, the directory's), from its address ({@code ?upcoming=2},
 * {@code ?page=3}): counted from 1, and what is not a page number (text, 0, a number past the last page) is told to
 * the person and shows the nearest page instead.
 */
public final class ListPager implements Serializable {

    /** No list has anywhere near this many pages; a larger number is a typing mistake. */
    static final int MAX_PAGE = 100_000;

    private final String listName;
    private final int size;
    private int number = 1;
    private long total;

    /** @param listName how the list is called in messages, "upcoming sessions" */
    public ListPager(String listName, int size) {
        this.listName = listName;
        this.size = size;
    }

    /**
     * Reads the page number from the address.
     *
     * @return what is wrong with it, when something is: the first page is shown then
     */
    public Optional<String> request(String text) {
        number = 1;
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            int asked = Integer.parseInt(text.strip());
            if (asked >= 1 && asked <= MAX_PAGE) {
                number = asked;
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // Told below, in the same words as a number out of range.
        }
        String shown = text.strip().length() <= 20 ? text.strip() : text.strip().substring(0, 20) + "...";
        return Optional.of("\"" + shown + "\" is not a page of " + listName + ": pages are numbered from 1. "
                + "Showing the first page.");
    }

    /**
     * Takes the list's total from the page read; when the page asked for lies past the last one, moves to the last.
     *
     * @return what to tell the person when it moved: the last page must then be read
     */
    public Optional<String> read(Page<?> page) {
        total = page.total();
        if (number <= getPageCount()) {
            return Optional.empty();
        }
        String message = "There is no page " + number + " of " + listName + ": there "
                + (getPageCount() == 1 ? "is 1" : "are " + getPageCount()) + ". Showing the last page.";
        number = getPageCount();
        return Optional.of(message);
    }

    public int offset() {
        return (number - 1) * size;
    }

    public int getNumber() {
        return number;
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean isHasPrevious() {
        return number > 1;
    }

    public boolean isHasNext() {
        return number < getPageCount();
    }

    /** Whether the list needs a pager at all. */
    public boolean isPaged() {
        return getPageCount() > 1;
    }
}
