package org.peerpath.content.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.content.ContentStatus;
import org.peerpath.content.ContentCatalog;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Which content versions are live, when they were loaded, and any import that was refused. */
@Route("admin/content")
@PageTitle("Content | Peerpath")
@Menu(title = "Content", order = 91, icon = "vaadin:book")
@RolesAllowed("PLATFORM_ADMIN")
@AccessDeniedErrorRouter
public class ContentAdminView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    ContentAdminView(ContentCatalog catalog) {
        addClassName("page");
        ContentStatus status = catalog.status();

        add(new H2("Import problems"));
        var latest = status.imports().stream().findFirst();
        if (latest.isPresent() && latest.get().outcome().equals("REFUSED")) {
            Div problem = new Div();
            problem.addClassName("content-import-error");
            problem.getElement().setAttribute("role", "alert");
            problem.add(new Paragraph("The last import, on " + TIME.format(latest.get().at()) + ", was refused: "
                    + latest.get().summary() + " Fix the content (run the validator, see course-content/README.md) "
                    + "and restart."));
            if (latest.get().problems() != null) {
                problem.add(new Pre(latest.get().problems()));
            }
            add(problem);
        } else {
            add(new Paragraph("None: the last import succeeded."));
        }

        Grid<ContentStatus.ModuleVersionRow> modules = new Grid<>(ContentStatus.ModuleVersionRow.class, false);
        modules.addColumn(ContentStatus.ModuleVersionRow::moduleId).setHeader("Module").setFlexGrow(2);
        modules.addColumn(ContentStatus.ModuleVersionRow::title).setHeader("Title").setFlexGrow(3);
        modules.addColumn(ContentStatus.ModuleVersionRow::version).setHeader("Version");
        modules.addColumn(m -> m.live() ? "Live" : "Kept for enrolled trainees").setHeader("Status").setFlexGrow(2);
        modules.addColumn(ContentStatus.ModuleVersionRow::lessons).setHeader("Lessons");
        modules.addColumn(m -> m.contactHours().stripTrailingZeros().toPlainString()).setHeader("Hours");
        modules.addColumn(m -> TIME.format(m.loadedAt())).setHeader("Loaded").setFlexGrow(2);
        modules.addColumn(m -> m.contentHash().substring(0, 12)).setHeader("Content hash");
        modules.setItems(status.modules());
        modules.setAllRowsVisible(true);
        modules.setAriaLabel("Module versions");

        Grid<ContentStatus.ProgramVersionRow> programs = new Grid<>(ContentStatus.ProgramVersionRow.class, false);
        programs.addColumn(ContentStatus.ProgramVersionRow::programId).setHeader("Program").setFlexGrow(2);
        programs.addColumn(ContentStatus.ProgramVersionRow::title).setHeader("Title").setFlexGrow(3);
        programs.addColumn(ContentStatus.ProgramVersionRow::version).setHeader("Version");
        programs.addColumn(p -> p.live() ? "Live" : "Superseded").setHeader("Status");
        programs.addColumn(ContentStatus.ProgramVersionRow::effectiveDate).setHeader("Effective");
        programs.addColumn(p -> TIME.format(p.loadedAt())).setHeader("Loaded").setFlexGrow(2);
        programs.setItems(status.programs());
        programs.setAllRowsVisible(true);
        programs.setAriaLabel("Certification program versions");

        Grid<ContentStatus.ImportRow> imports = new Grid<>(ContentStatus.ImportRow.class, false);
        imports.addColumn(i -> TIME.format(i.at())).setHeader("When").setFlexGrow(1);
        imports.addColumn(ContentStatus.ImportRow::outcome).setHeader("Outcome").setFlexGrow(1);
        imports.addColumn(ContentStatus.ImportRow::summary).setHeader("Summary").setFlexGrow(4);
        imports.setItems(status.imports());
        imports.setAllRowsVisible(true);
        imports.setAriaLabel("Recent imports");

        add(new H2("Modules"), status.modules().isEmpty() ? new Paragraph("No modules are loaded.") : modules,
                new H2("Certification programs"),
                status.programs().isEmpty() ? new Paragraph("No programs are loaded.") : programs,
                new H2("Recent imports"),
                new Paragraph("New enrolments get the live version of a module; trainees who started an older version "
                        + "finish on it."),
                imports);
    }
}
