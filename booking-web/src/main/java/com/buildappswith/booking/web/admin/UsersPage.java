package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.AccountView;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.web.Formats;
import com.buildappswith.booking.web.Messages;
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
 * Admins find accounts, change their roles, and deactivate or reactivate them; every action takes the id of the
 * account its row showed (see {@link AdminActions}).
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final int PAGE_SIZE = 20;

    @Inject
    private AccountService accounts;

    @Size(max = 254, message = "Search for at most 254 characters.")
    private String query = "";

    private final LazyDataModel<AccountView> users = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) accounts.search(query, 0, 1).total();
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                      Map<String, FilterMeta> filters) {
            Page<AccountView> page = accounts.search(query, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AccountView account) {
            return Long.toString(account.id());
        }
    };

    /**
     * Grants ({@code grant} "true") or takes ("false") a role of the account whose id the clicked row showed; the
     * account's other roles stay as they are now.
     */
    public void changeRole(String accountId, String role, String grant) {
        AdminActions.onId(accountId, id -> {
            AccountView changed = accounts.changeRole(id, Role.valueOf(role), Boolean.parseBoolean(grant));
            Messages.info(changed.email() + " now has the roles " + Formats.words(changed.roles()) + ".");
        });
    }

    public void deactivate(String accountId) {
        AdminActions.onId(accountId, id -> {
            AccountView deactivated = accounts.deactivate(id);
            Messages.info(deactivated.email() + " is deactivated and signed out everywhere.");
        });
    }

    public void reactivate(String accountId) {
        AdminActions.onId(accountId, id -> {
            AccountView reactivated = accounts.reactivate(id);
            Messages.info(reactivated.email() + " can sign in again.");
        });
    }

    public LazyDataModel<AccountView> getUsers() {
        return users;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }
}
