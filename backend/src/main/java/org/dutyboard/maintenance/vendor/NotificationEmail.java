package org.dutyboard.maintenance.vendor;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.dutyboard.common.error.DutyboardException;

/**
 * Finds the iCalendar parts of a whole RFC 822 mail as a mail pipe forwards it, with Jakarta Mail
 * (Angus): {@code text/calendar} or {@code application/ics} parts, and attachments named {@code
 * *.ics}, at any depth of multiparts and forwarded messages. Identical parts (an invitation sent
 * both inline and as an attachment) count once.
 */
final class NotificationEmail {
  private static final int MAX_DEPTH = 8;
  private static final Session SESSION = Session.getInstance(new Properties());

  private NotificationEmail() {}

  static List<String> calendars(byte[] message) {
    Set<String> calendars = new LinkedHashSet<>();
    try {
      collect(new MimeMessage(SESSION, new ByteArrayInputStream(message)), calendars, 0);
    } catch (MessagingException | IOException e) {
      throw DutyboardException.validation("message", "not a readable RFC 822 message");
    }
    if (calendars.isEmpty()) {
      throw DutyboardException.validation(
          "message", "the message has no iCalendar part (text/calendar or an .ics attachment)");
    }
    return new ArrayList<>(calendars);
  }

  private static void collect(Part part, Set<String> calendars, int depth)
      throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, calendars, depth + 1);
      }
    } else if (part.isMimeType("message/rfc822")) {
      collect((Part) part.getContent(), calendars, depth + 1);
    } else if (isCalendar(part)) {
      byte[] bytes = part.getInputStream().readAllBytes(); // transfer encoding undone
      calendars.add(new String(bytes, charset(part.getContentType())));
    }
  }

  private static boolean isCalendar(Part part) throws MessagingException {
    String name = part.getFileName();
    return part.isMimeType("text/calendar")
        || part.isMimeType("application/ics")
        || (name != null && name.toLowerCase(Locale.ROOT).endsWith(".ics"));
  }

  private static Charset charset(String contentType) {
    try {
      String name = new ContentType(contentType).getParameter("charset");
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (ParseException | RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
