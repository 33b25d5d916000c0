package org.peerpath.certification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.peerpath.certification.StaffStanding;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.peerpath.testsupport.ViewTestWithContent;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffDashboardViewTest extends ViewTestWithContent {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CurrentUser currentUser;

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
}
