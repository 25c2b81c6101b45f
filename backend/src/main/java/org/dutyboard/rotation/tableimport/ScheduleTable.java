package org.dutyboard.rotation.tableimport;

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
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.people.PeopleService;

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

  private record Column(int index, String title, List<String> roles) {}

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
      int weekColumn = weekColumn(header);
      List<Column> columns = roleColumns(header, roleNames);
      if (weekColumn < 0 || columns.isEmpty()) {
        return new Parsed(
            rows,
            List.of(
                "line 1: missing columns: the header needs week_start and at least one role column"
                    + " (roles: "
                    + String.join(", ", roleNames)
                    + ")"));
      }
      if (records.size() == 1) {
        return new Parsed(rows, List.of("line 2: the table has a header but no rows"));
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
          rows.add(row(line, LocalDate.parse(weekText), record, columns, errors));
        } catch (DateTimeParseException e) {
          errors.add("line " + line + ": '" + weekText + "' is not a date (use YYYY-MM-DD)");
        }
      }
    } catch (IOException | IllegalStateException e) {
      return new Parsed(List.of(), List.of("the table is not valid CSV: " + e.getMessage()));
    }
    return new Parsed(rows, errors);
  }

  /**
   * A cell holds one name per role its column names, in order ("Clinician/backup": the clinician,
   * then optionally the backup; a role without a name keeps its rotation rule), or says "No ...
   * duty". More names than roles, an empty cell or an empty name is an error naming the line, never
   * a silently dropped name.
   */
  private static final List<String> WEEK_TITLES = List.of("week_start", "week starting", "week");

  /** The index of the (last) week column, or -1. */
  private static int weekColumn(CSVRecord header) {
    int week = -1;
    for (int i = 0; i < header.size(); i++) {
      if (WEEK_TITLES.contains(header.get(i).trim().toLowerCase(Locale.ROOT))) {
        week = i;
      }
    }
    return week;
  }

  /** Columns whose title names roles of the rotation: one role, or several joined by "/". */
  private static List<Column> roleColumns(CSVRecord header, List<String> roleNames) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim().toLowerCase(Locale.ROOT);
      if (WEEK_TITLES.contains(name)) {
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
        columns.add(new Column(i, header.get(i).trim(), roles));
      }
    }
    return columns;
  }

  private static Row row(
      int line, LocalDate week, CSVRecord record, List<Column> columns, List<String> errors) {
    List<Cell> cells = new ArrayList<>();
    boolean skipped = false;
    for (Column column : columns) {
      String value = column.index() < record.size() ? record.get(column.index()).trim() : "";
      if (isNoDuty(value)) {
        skipped = true;
        continue;
      }
      String[] names = value.split("/", -1);
      int roles = column.roles().size();
      if (value.isEmpty() || names.length > roles) {
        errors.add(
            "line "
                + line
                + ": column '"
                + column.title()
                + "' names "
                + roles
                + (roles == 1 ? " role" : " roles")
                + " but the cell holds "
                + (value.isEmpty()
                    ? "no name"
                    : names.length + (names.length == 1 ? " name" : " names"))
                + " (at most one name per role, or 'No ... duty this week')");
        continue;
      }
      for (int i = 0; i < names.length; i++) {
        try {
          String name = Texts.name("name", names[i], PeopleService.PERSON_NAME_MAX);
          cells.add(new Cell(column.roles().get(i), name));
        } catch (DutyboardException e) {
          errors.add("line " + line + ": " + e.getMessage());
        }
      }
    }
    if (skipped && !cells.isEmpty()) {
      errors.add(
          "line " + line + ": a week is either skipped ('No ... duty') or has names, not both");
    }
    return new Row(line, week, skipped, skipped ? List.of() : cells);
  }

  static boolean isNoDuty(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return v.startsWith("no ") && v.contains("duty");
  }
}
