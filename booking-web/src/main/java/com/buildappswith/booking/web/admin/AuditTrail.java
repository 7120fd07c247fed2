package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.policy.application.AdminAudit;
import com.buildappswith.booking.policy.application.AuditEntryView;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The audit log of one area of the console, newest first, read a page at a time from the database: each admin
 * page shows the changes made on it beneath its forms.
 */
public class AuditTrail extends LazyDataModel<AuditEntryView> {

    /** How many changes one page of the log shows. */
    public static final int PAGE_SIZE = 10;

    private final AdminAudit audit;
    private final AuditArea area;

    AuditTrail(AdminAudit audit, AuditArea area) {
        this.audit = audit;
        this.area = area;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) audit.recent(area, 0, 1).total();
    }

    @Override
    public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                     Map<String, FilterMeta> filters) {
        Page<AuditEntryView> page = audit.recent(area, first, pageSize);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(AuditEntryView entry) {
        return entry.at() + entry.actor() + entry.subject();
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }
}
