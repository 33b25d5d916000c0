package org.peerpath.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A horizontal bar chart made of plain elements (Vaadin Charts is commercial). Each bar is a row of
 * label, bar and value text, so screen readers read the numbers and the chart works without scripts.
 * An optional target marks a requirement line on every bar.
 */
public class BarChart extends Div {

    /** One bar; {@code valueText} is what is read out and shown beside the bar (e.g. "312 of 500 h"). */
    public record Bar(String label, BigDecimal value, String valueText) {
    }

    @Tag("figure")
    private static final class Figure extends HtmlContainer {
    }

    @Tag("figcaption")
    private static final class Caption extends HtmlContainer {
    }

    public BarChart(String caption, List<Bar> bars, BigDecimal max) {
        addClassName("bar-chart");
        Figure figure = new Figure();
        Caption figcaption = new Caption();
        figcaption.setText(caption);
        figure.add(figcaption);
        BigDecimal scale = max == null || max.signum() <= 0
                ? bars.stream().map(Bar::value).max(BigDecimal::compareTo).filter(v -> v.signum() > 0).orElse(BigDecimal.ONE)
                : max;
        for (Bar bar : bars) {
            Span label = new Span(bar.label());
            label.addClassName("bar-label");
            Div fill = new Div();
            fill.addClassName("bar-fill");
            BigDecimal percent = bar.value().max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100))
                    .divide(scale, 1, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100));
            fill.getStyle().set("width", percent.toPlainString() + "%");
            Div track = new Div(fill);
            track.addClassName("bar-track");
            // The value text carries the meaning; the drawn bar is decoration for sighted readers.
            track.getElement().setAttribute("aria-hidden", "true");
            Span value = new Span(bar.valueText());
            value.addClassName("bar-value");
            Div row = new Div(label, track, value);
            row.addClassName("bar-row");
            figure.add(row);
        }
        add(figure);
    }
}
