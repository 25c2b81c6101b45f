package org.dutyboard.site.render;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dutyboard.site.model.OverallStatus;

/** {@code badge.svg}: a small "status | <banner>" badge, written with the JDK's StAX writer. */
final class StatusBadge {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final int CHAR_WIDTH = 7;
  private static final int PADDING = 10;

  private StatusBadge() {}

  static void write(OutputFiles out, OverallStatus overall) throws IOException {
    String label = "status";
    String message = overall.description();
    int left = label.length() * CHAR_WIDTH + PADDING;
    int right = message.length() * CHAR_WIDTH + PADDING;
    try (OutputStream stream = out.open(SitePaths.BADGE)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("svg");
      xml.writeDefaultNamespace(SVG);
      attributes(xml, "width", left + right, "height", 20, "role", "img");
      xml.writeAttribute("aria-label", label + ": " + message);
      element(xml, "title", label + ": " + message);
      rect(xml, 0, left, "#555555");
      rect(xml, left, right, color(overall));
      xml.writeStartElement("g");
      attributes(xml, "fill", "#ffffff", "font-family", "Verdana,DejaVu Sans,sans-serif");
      attributes(xml, "font-size", 11, "text-anchor", "middle");
      text(xml, left / 2, label);
      text(xml, left + right / 2, message);
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the badge", e);
    }
  }

  /** Dark enough for white text (at least 4.5:1). */
  private static String color(OverallStatus overall) {
    return switch (overall) {
      case OPERATIONAL -> "#1a7f37";
      case MAINTENANCE -> "#0969da";
      case DEGRADED -> "#9a6700";
      case PARTIAL_OUTAGE -> "#bc4c00";
      case MAJOR_OUTAGE -> "#cf222e";
    };
  }

  private static void rect(XMLStreamWriter xml, int x, int width, String fill)
      throws XMLStreamException {
    xml.writeEmptyElement("rect");
    attributes(xml, "x", x, "width", width, "height", 20, "fill", fill);
  }

  private static void text(XMLStreamWriter xml, int x, String value) throws XMLStreamException {
    xml.writeStartElement("text");
    attributes(xml, "x", x, "y", 14);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void attributes(XMLStreamWriter xml, Object... namesAndValues)
      throws XMLStreamException {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      xml.writeAttribute((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
    }
  }
}
