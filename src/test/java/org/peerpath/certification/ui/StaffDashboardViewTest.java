package org.peerpath.certification.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.peerpath.certification.PersonName;
import org.peerpath.certification.StaffStanding;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.peerpath.testsupport.ViewTestWithContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffDashboardViewTest extends ViewTestWithContent {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    @SuppressWarnings("unchecked")
    void listsTheOrganizationsStaffWithStatus_andSearchNarrowsTheList() {
        long organization = currentUser.require().organizationId();
        String trainee = fixtures.account(organization, Role.TRAINEE);
        fixtures.account(organization, Role.TRAINEE);

        navigate(StaffDashboardView.class);
        Grid<StaffStanding> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat($(Span.class).withClassName("bar-label").all()).extracting(Span::getText).contains("In training", "Expired");

        String name = grid.getGenericDataView().getItems().filter(s -> s.personId() == fixtures.idOf(trainee))
                .findFirst().orElseThrow().name();
        test($(TextField.class).withLabel("Search by name").single()).setValue(name);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).status().label()).isEqualTo("In training");
    }

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    @SuppressWarnings("unchecked")
    void recordLinksAreNamedByPerson_theExpiryFilterIsLabelledInFull_andTheCsvFollowsTheGridsSort() throws Exception {
        long organization = currentUser.require().organizationId();
        long ana = named(fixtures.account(organization, Role.TRAINEE), "Ana Alvarez");
        long ben = named(fixtures.account(organization, Role.TRAINEE), "Ben Brooks");
        named(fixtures.account(organization, Role.TRAINEE), "Cleo Chen");
        jdbc.update("update certification_standing set status = 'REVOKED' where trainee_id = ?", ana);
        jdbc.update("update certification_standing set status = 'CERTIFIED' where trainee_id = ?", ben);

        navigate(StaffDashboardView.class);
        Grid<StaffStanding> grid = $(Grid.class).single();
        assertThat($(IntegerField.class).withLabel("Expires within (days)").single().getWidth()).isEqualTo("13em");
        assertThat(test(grid).getRow(0).name()).isEqualTo("Ana Alvarez");
        assertThat(test(grid).getCellComponent(0, "record").getElement().getAttribute("aria-label")).isEqualTo("Open the record of Ana Alvarez");

        test(grid).sortByColumn("status", SortDirection.ASCENDING);
        assertThat(test(grid).getRow(0).name()).as("in training comes first in the lifecycle").isEqualTo("Cleo Chen");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test($(Anchor.class).withText("Export the filtered list (CSV)").single()).download(csv);

        assertThat(csv.toString(StandardCharsets.UTF_8).lines().skip(1).filter(line -> line.contains("Trainee"))
                .map(line -> line.substring(1, line.indexOf('"', 1))))
                .containsExactly("Cleo Chen", "Ben Brooks", "Ana Alvarez");
    }

    /** Opening the dashboard and the certificates page reads pages and options, never the whole organization. */
    @Test
    @SignedInAs(Role.ORG_ADMIN)
    @SuppressWarnings("unchecked")
    void theDashboardAndTheTraineePicker_costTheSameStatementsForFewOrManyStaff() {
        long organization = currentUser.require().organizationId();
        long supervisor = fixtures.idOf(fixtures.account(organization, Role.SUPERVISOR));
        fixtures.account(organization, supervisor, Role.TRAINEE);
        openBoth();
        long few = statementsToOpenBoth();
        for (int i = 0; i < 8; i++) {
            fixtures.account(organization, Role.SUPERVISOR);
        }
        for (int i = 0; i < 40; i++) {
            fixtures.account(organization, supervisor, Role.TRAINEE);
        }

        long many = statementsToOpenBoth();

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(20);
        named(fixtures.account(organization, Role.TRAINEE), "Zoë Zimmermann");
        navigate(OrgCertificationsView.class);
        ComboBox<PersonName> trainee = $(ComboBox.class).withCaption("Trainee").single();
        assertThat(test(trainee).getSuggestionItems()).hasSize(42);
        test(trainee).setFilter("zoë");
        assertThat(test(trainee).getSuggestions()).containsExactly("Zoë Zimmermann");
    }

    private long statementsToOpenBoth() {
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.clear();
        openBoth();
        return statistics.getPrepareStatementCount();
    }

    @SuppressWarnings("unchecked")
    private void openBoth() {
        navigate(StaffDashboardView.class);
        assertThat(test((Grid<StaffStanding>) $(Grid.class).single()).getRow(0)).isNotNull();
        navigate(OrgCertificationsView.class);
    }

    private long named(String email, String name) {
        long id = fixtures.idOf(email);
        jdbc.update("update user_account set display_name = ? where id = ?", name, id);
        jdbc.update("update certification_standing set display_name = ? where trainee_id = ?", name, id);
        return id;
    }
}
