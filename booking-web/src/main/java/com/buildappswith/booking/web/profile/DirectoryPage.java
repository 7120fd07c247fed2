package com.buildappswith.booking.web.profile;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.shared.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The directory on {@code /}: published builders, searched by name and expertise, one page at a time from the
 * database (the search terms are GET parameters, so a search can be bookmarked and shared).
 */
@Named
@ViewScoped
public class DirectoryPage implements Serializable {

    public static final int PAGE_SIZE = 12;

    @Inject
    private BuilderDirectory directory;

    @Size(max = 100, message = "Search for at most 100 characters.")
    private String name = "";

    @Size(max = 40, message = "An expertise has at most 40 characters.")
    private String expertise = "";

    private final LazyDataModel<BuilderView> builders = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) directory.search(name, expertise, 0, 1).total();
        }

        @Override
        public List<BuilderView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                      Map<String, FilterMeta> filters) {
            Page<BuilderView> page = directory.search(name, expertise, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(BuilderView builder) {
            return Long.toString(builder.id());
        }
    };

    public LazyDataModel<BuilderView> getBuilders() {
        return builders;
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

    public int getPageSize() {
        return PAGE_SIZE;
    }
}
