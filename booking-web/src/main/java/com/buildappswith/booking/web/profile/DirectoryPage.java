package com.buildappswith.booking.web.profile;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.web.ListPager;
import com.buildappswith.booking.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The directory on {@code /} (and below the client's own sessions on {@code /booking}): published builders, searched
 * by name and expertise, one page at a time from the database. Search and page are GET parameters
 * ({@code ?name=..&expertise=..&page=2}), so every page of a search can be bookmarked, shared and crawled, and the
 * page keeps nothing between requests: an anonymous visitor gets no session.
 */
@Named
@RequestScoped
public class DirectoryPage {

    public static final int PAGE_SIZE = 12;

    @Inject
    private BuilderDirectory directory;

    @Size(max = 100, message = "Search for at most 100 characters.")
    private String name = "";

    @Size(max = 40, message = "An expertise has at most 40 characters.")
    private String expertise = "";

    private String page;
    private final ListPager pager = new ListPager("builders", PAGE_SIZE);
    private List<BuilderView> builders;

    /**
     * Reads the page asked for, before anything renders, so that what is wrong with the address (a page that is no
     * number, or past the last) is told above the list; a page past the last shows the last.
     */
    public void load() {
        if (builders != null) {
            return;
        }
        pager.request(page).ifPresent(problem -> Messages.error(null, problem));
        Page<BuilderView> found = directory.search(name, expertise, pager.offset(), PAGE_SIZE);
        Optional<String> moved = pager.read(found);
        if (moved.isPresent()) {
            Messages.error(null, moved.get());
            found = directory.search(name, expertise, pager.offset(), PAGE_SIZE);
        }
        builders = found.items();
    }

    public List<BuilderView> getBuilders() {
        load();
        return builders;
    }

    public ListPager getPager() {
        load();
        return pager;
    }

    /** The query of another page of this search, relative to the page's own address: {@code ?name=ada&page=2}. */
    public String pageLink(int number) {
        return pageQuery(name, expertise, number);
    }

    static String pageQuery(String name, String expertise, int number) {
        StringBuilder query = new StringBuilder("?");
        if (!name.isEmpty()) {
            query.append("name=").append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('&');
        }
        if (!expertise.isEmpty()) {
            query.append("expertise=").append(URLEncoder.encode(expertise, StandardCharsets.UTF_8)).append('&');
        }
        return query.append("page=").append(number).toString();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise == null ? "" : expertise;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
