package org.dutyboard.rotation;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses a published schedule table, e.g. the SRE clinic duty page: {@code week_start} (also "Week
 * starting"), one column per role, or one column naming several roles joined by "/" (e.g.
 * "Clinician/backup" with cells "Cathal Mooney/Arzhel Younsi"); other columns (e.g. "Team") are
 * ignored. A row whose role cell says "No ... duty ..." marks the week as skipped. A BOM, CRLF line
 * ends and quoted cells are fine. Pure: people and shifts are resolved by the import service.
 */
public final class ScheduleTable {
  /** Upper bound so one request cannot import an unbounded table. */
  public static final int MAX_ROWS = 5000;

  /** One row: its line number, the week's date, and either a skip or names per role. */
  public record Row(int line, LocalDate weekStart, boolean skipped, List<Cell> cells) {}

  public record Cell(String role, String name) {}

  public record Parsed(List<Row> rows, List<String> errors) {}

  private record Column(int index, List<String> roles) {}

  private ScheduleTable() {}

  public static Parsed parse(String csv, List<String> roleNames) {
    List<String> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        return new Parsed(rows, List.of("line 1: the table is empty"));
      }
      CSVRecord header = records.get(0);
      int weekColumn = -1;
      List<Column> columns = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i).trim().toLowerCase(Locale.ROOT);
        if (List.of("week_start", "week starting", "week").contains(name)) {
          weekColumn = i;
          continue;
        }
        List<String> roles = new ArrayList<>();
        for (String part : name.split("/")) {
          roleNames.stream()
              .filter(r -> r.equalsIgnoreCase(part.trim()))
              .findFirst()
              .ifPresent(roles::add);
        }
        if (!roles.isEmpty() && roles.size() == name.split("/").length) {
          columns.add(new Column(i, roles));
        }
      }
      if (weekColumn < 0 || columns.isEmpty()) {
        return new Parsed(
            rows,
            List.of(
                "line 1: missing columns: the header needs week_start and at least one role column"
                    + " (roles: "
                    + String.join(", ", roleNames)
                    + ")"));
      }
      if (records.size() - 1 > MAX_ROWS) {
        return new Parsed(rows, List.of("the table has more than " + MAX_ROWS + " rows"));
      }
      for (CSVRecord record : records.subList(1, records.size())) {
        int line = (int) record.getRecordNumber();
        if (record.size() <= weekColumn) {
          errors.add("line " + line + ": too few columns");
          continue;
        }
        String weekText = record.get(weekColumn).trim();
        try {
          rows.add(row(line, LocalDate.parse(weekText), record, columns));
        } catch (DateTimeParseException e) {
          errors.add("line " + line + ": '" + weekText + "' is not a date (use YYYY-MM-DD)");
        }
      }
    } catch (IOException | IllegalStateException e) {
      return new Parsed(List.of(), List.of("the table is not valid CSV: " + e.getMessage()));
    }
    return new Parsed(rows, errors);
  }

  private static Row row(int line, LocalDate week, CSVRecord record, List<Column> columns) {
    List<Cell> cells = new ArrayList<>();
    boolean skipped = false;
    for (Column column : columns) {
      String value = column.index() < record.size() ? record.get(column.index()).trim() : "";
      if (isNoDuty(value)) {
        skipped = true;
        continue;
      }
      String[] names = value.isEmpty() ? new String[0] : value.split("/");
      for (int i = 0; i < names.length && i < column.roles().size(); i++) {
        if (!names[i].isBlank()) {
          cells.add(new Cell(column.roles().get(i), names[i].trim()));
        }
      }
    }
    return new Row(line, week, skipped, skipped ? List.of() : cells);
  }

  static boolean isNoDuty(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return v.startsWith("no ") && v.contains("duty");
  }
}
