package org.peerpath.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.assessment.ItemAnalysis;
import org.peerpath.assessment.QuizService;
import org.peerpath.common.ui.BarChart;
import org.peerpath.content.ContentCatalog;
import org.peerpath.content.PublishedModule;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** For authors: how each question performed over all first attempts. */
@Route("admin/items")
@PageTitle("Item analysis | Peerpath")
@Menu(title = "Item analysis", order = 92, icon = "vaadin:chart")
@RolesAllowed("PLATFORM_ADMIN")
@AccessDeniedErrorRouter
public class ItemAnalysisView extends Div {

    private final QuizService quiz;
    private final Grid<ItemAnalysis.ItemStatistics> grid = new Grid<>();
    private final Div chart = new Div();
    private final Paragraph version = new Paragraph();

    ItemAnalysisView(QuizService quiz, ContentCatalog content) {
        this.quiz = quiz;
        addClassName("page");
        Select<PublishedModule> module = new Select<>();
        module.setLabel("Module");
        module.setItems(content.latestModules());
        module.setItemLabelGenerator(PublishedModule::title);
        module.addValueChangeListener(e -> show(e.getValue()));
        grid.addColumn(s -> s.questionId() + " · " + shortened(s.prompt(), 80)).setHeader("Question")
                .setTooltipGenerator(ItemAnalysis.ItemStatistics::prompt).setFlexGrow(3);
        grid.addColumn(ItemAnalysis.ItemStatistics::attempts).setHeader("First attempts").setSortable(true);
        grid.addColumn(s -> s.facility().toPlainString()).setHeader("Facility (mean score)");
        grid.addColumn(s -> s.discrimination() == null ? "–" : s.discrimination().toPlainString()).setHeader("Discrimination");
        grid.addColumn(s -> s.flags().stream().map(ItemAnalysisView::flag).collect(Collectors.joining(", "))).setHeader("Look at");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Item statistics");
        grid.setEmptyStateText("Nobody has submitted a first attempt at this module's quiz yet.");
        add(new H2("Item analysis"), new Paragraph("Facility is the mean score on a question (1 = everyone right). "
                        + "Discrimination compares the top and bottom third of trainees by attempt score: below about 0.1 "
                        + "the question does not tell stronger from weaker answers. Questions are flagged from "
                        + ItemAnalysis.MIN_ATTEMPTS_TO_FLAG + " first attempts on."),
                module, version, chart, grid);
        // Open on the first module so the page shows figures at once; the select switches between modules.
        module.getListDataView().getItems().findFirst().ifPresent(module::setValue);
    }

    private void show(PublishedModule module) {
        List<ItemAnalysis.ItemStatistics> stats = module == null ? List.of() : quiz.itemAnalysis(module.moduleId(), module.version());
        version.setText(module == null ? "" : "Version " + module.version() + " of the module, its current one: first attempts at "
                + "earlier versions are not counted, since their questions may differ.");
        grid.setItems(stats);
        chart.removeAll();
        if (!stats.isEmpty()) {
            chart.add(new BarChart("Facility per question", stats.stream()
                    .map(s -> new BarChart.Bar(s.questionId() + " · " + shortened(s.prompt(), 24), s.facility(),
                            s.facility().toPlainString() + " (" + s.attempts() + " attempts)"))
                    .toList(), BigDecimal.ONE));
        } else if (module != null) {
            chart.add(new Paragraph("No graded first attempts yet."));
        }
    }

    /** At most {@code max} characters, cut at a word where possible. */
    static String shortened(String text, int max) {
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max - 1);
        return plain.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    private static String flag(ItemAnalysis.Flag flag) {
        return switch (flag) {
            case NOBODY_RIGHT -> "nobody gets it right";
            case EVERYBODY_RIGHT -> "everybody gets it right";
            case DOES_NOT_DISCRIMINATE -> "does not discriminate";
        };
    }
}
