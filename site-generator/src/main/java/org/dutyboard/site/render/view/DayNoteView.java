package org.dutyboard.site.render.view;

/** Text alternative for one day with disruptions or without data. */
public record DayNoteView(String date, String text, String detail) {}
