package org.peerpath.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.peerpath.assessment.Answer;
import org.peerpath.assessment.PresentedQuestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Items reordered with buttons: keyboard and screen-reader friendly, unlike drag and drop. */
final class OrderingInput extends Div {

    private final List<PresentedQuestion.Choice> order;
    private final Consumer<Answer> onAnswer;
    private final OrderedList list = new OrderedList();
    private final List<Button> upButtons = new ArrayList<>();
    private final List<Button> downButtons = new ArrayList<>();

    OrderingInput(PresentedQuestion q, Answer saved, Consumer<Answer> onAnswer) {
        this.onAnswer = onAnswer;
        Map<String, PresentedQuestion.Choice> byId = q.items().stream().collect(Collectors.toMap(PresentedQuestion.Choice::id, c -> c));
        if (saved instanceof Answer.Ordering(List<String> ids) && new HashSet<>(ids).equals(byId.keySet())) {
            order = new ArrayList<>(ids.stream().map(byId::get).toList());
        } else {
            order = new ArrayList<>(q.items());
        }
        Paragraph prompt = new Paragraph(q.prompt() + " The order shown is your answer until you change it: use the buttons to move items, and each move is saved.");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", q.prompt());
        add(prompt, list);
        render();
    }

    private void render() {
        list.removeAll();
        upButtons.clear();
        downButtons.clear();
        for (int i = 0; i < order.size(); i++) {
            PresentedQuestion.Choice item = order.get(i);
            int index = i;
            Button up = new Button("Up", e -> move(index, -1));
            up.setAriaLabel("Move up: " + item.text());
            up.setEnabled(i > 0);
            Button down = new Button("Down", e -> move(index, 1));
            down.setAriaLabel("Move down: " + item.text());
            down.setEnabled(i < order.size() - 1);
            up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            upButtons.add(up);
            downButtons.add(down);
            ListItem li = new ListItem(new Span(item.text()), up, down);
            li.addClassName("ordering-item");
            list.add(li);
        }
    }

    private void move(int index, int by) {
        int target = index + by;
        PresentedQuestion.Choice item = order.remove(index);
        order.add(target, item);
        render();
        // The buttons are new: keep the keyboard on the moved item, on the same button while it can go further.
        Button same = (by < 0 ? upButtons : downButtons).get(target);
        (same.isEnabled() ? same : (by < 0 ? downButtons : upButtons).get(target)).focus();
        onAnswer.accept(new Answer.Ordering(order.stream().map(PresentedQuestion.Choice::id).toList()));
    }
}
