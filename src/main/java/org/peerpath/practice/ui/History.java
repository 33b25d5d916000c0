package org.peerpath.practice.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.peerpath.practice.HistoryLine;

import java.util.List;
import java.util.function.Supplier;

/** A record's history with the values each event changed, loaded when opened (most records are never looked at). */
final class History {

    private History() {
    }

    static Details details(String summary, Supplier<List<HistoryLine>> lines) {
        Details details = new Details(summary);
        details.addClassName("history");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                details.removeAll();
                details.add(list(lines.get()));
            }
        });
        return details;
    }

    static UnorderedList list(List<HistoryLine> lines) {
        UnorderedList list = new UnorderedList();
        if (lines.isEmpty()) {
            list.add(new ListItem("No history recorded."));
        }
        for (HistoryLine line : lines) {
            ListItem item = new ListItem(new Span(Format.when(line.at()) + " · " + line.actor() + " · " + line.actionLabel()
                    + (line.detail() == null ? "" : " · " + line.detail())));
            if (!line.changes().isEmpty()) {
                UnorderedList changes = new UnorderedList();
                changes.addClassName("history-changes");
                for (HistoryLine.Change change : line.changes()) {
                    changes.add(new ListItem(change.field() + ": " + describe(change)));
                }
                item.add(changes);
            }
            list.add(item);
        }
        return list;
    }

    static String describe(HistoryLine.Change change) {
        if (change.before().isEmpty()) {
            return change.after();
        }
        if (change.after().isEmpty()) {
            return change.before() + " → (removed)";
        }
        return change.before() + " → " + change.after();
    }
}
