package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.AccountView;
import com.buildappswith.booking.profile.model.InvalidRegistrationException;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Admins find accounts, change their roles, and deactivate or reactivate them. */
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

    public void makeBuilder(AccountView account, boolean builder) {
        Set<Role> roles = EnumSet.copyOf(account.roles());
        if (builder) {
            roles.add(Role.BUILDER);
        } else {
            roles.remove(Role.BUILDER);
        }
        changeRoles(account, roles);
    }

    public void makeAdmin(AccountView account, boolean admin) {
        Set<Role> roles = EnumSet.copyOf(account.roles());
        if (admin) {
            roles.add(Role.ADMIN);
        } else {
            roles.remove(Role.ADMIN);
        }
        changeRoles(account, roles);
    }

    private void changeRoles(AccountView account, Set<Role> roles) {
        try {
            AccountView changed = accounts.changeRoles(account.id(), roles);
            Messages.info(changed.email() + " now has the roles " + changed.roles() + ".");
        } catch (InvalidRegistrationException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void deactivate(AccountView account) {
        try {
            accounts.deactivate(account.id());
            Messages.info(account.email() + " is deactivated and signed out everywhere.");
        } catch (InvalidRegistrationException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void reactivate(AccountView account) {
        accounts.reactivate(account.id());
        Messages.info(account.email() + " can sign in again.");
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
