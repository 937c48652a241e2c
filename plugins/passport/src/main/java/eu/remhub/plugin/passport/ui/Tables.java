package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Plain HTML tables: they print as they look, unlike a virtual-scrolling grid, and screen readers
 * read them as tables.
 */
final class Tables {

  private Tables() {}

  static NativeTable of(List<String> headers, List<List<?>> rows) {
    NativeTable table = new NativeTable();
    table.addClassName("passport-table");
    NativeTableRow head = table.getHead().addRow();
    headers.forEach(header -> head.addHeaderCell().setText(header));
    for (List<?> cells : rows) {
      NativeTableRow row = table.getBody().addRow();
      for (Object value : cells) {
        NativeTableCell cell = row.addDataCell();
        if (value instanceof Component component) {
          cell.add(component);
        } else {
          cell.add(new Span(value == null ? "" : value.toString()));
        }
      }
    }
    return table;
  }
}
