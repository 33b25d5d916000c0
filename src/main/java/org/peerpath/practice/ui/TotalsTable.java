package org.peerpath.practice.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.peerpath.practice.EntryStatus;
import org.peerpath.practice.PracticeTotals;

import java.util.List;

/**
 * Practice hours per domain and status as a plain table with a caption and header cells, so a screen reader
 * announces the domain and the status of every number.
 */
final class TotalsTable {

    private static final List<EntryStatus> COLUMNS = List.of(EntryStatus.DRAFT, EntryStatus.SUBMITTED, EntryStatus.APPROVED,
            EntryStatus.REJECTED);

    private TotalsTable() {
    }

    static NativeTable of(PracticeTotals totals) {
        NativeTable table = new NativeTable();
        table.addClassName("totals-table");
        table.setCaptionText("Practice hours by domain and status");
        NativeTableRow head = table.getHead().addRow();
        head.add(columnHeader("Domain"));
        COLUMNS.forEach(status -> head.add(columnHeader(status.label())));
        head.add(columnHeader("All logged"));
        for (PracticeTotals.Row row : totals.byDomainAndStatus()) {
            NativeTableRow line = table.getBody().addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(row.domain() == null ? "All domains" : row.domain().label());
            name.getElement().setAttribute("scope", "row");
            line.add(name);
            COLUMNS.forEach(status -> line.addDataCell().setText(Format.hours(row.hours(status))));
            line.addDataCell().setText(Format.hours(row.logged()));
            if (row.domain() == null) {
                line.addClassName("totals-all");
            }
        }
        return table;
    }

    private static NativeTableHeaderCell columnHeader(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
