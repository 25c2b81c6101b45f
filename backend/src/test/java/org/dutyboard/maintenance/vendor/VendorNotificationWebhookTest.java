package org.dutyboard.maintenance.vendor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.maintenance.vendor.Notifications.aNotification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vendor maintenance notifications as a mail pipe delivers them: over the webhook (iCalendar or the
 * whole mail) and the GraphQL mutation, with real tokens, against the real database. Maintenance
 * ids are unique per test; times lie in March 2045, which no other test uses.
 */
@QuarkusTest
class VendorNotificationWebhookTest {
  static final String URL = "/webhooks/maintenance-notifications";
  static final String WINDOW =
      """
      query($id: ID!) {
        maintenanceWindow(id: $id) {
          id title message status plannedStart plannedEnd published version
          vendorReference circuitId internalNotes components { name } updates { status message }
          vendor {
            maintenanceId provider account providerMaintenanceId sequence status impact summary
            circuits { circuitId impact component { name } }
          }
        }
      }""";
  static final String COMPONENT_A = "Vendor test uplink A";
  static final String COMPONENT_B = "Vendor test uplink B";

  private static String ingest;

  @BeforeEach
  void componentsAndToken() {
    if (ingest == null) {
      ensureMappedComponents();
      ingest = Fixtures.token("INGEST");
    }
  }

  /** The components the test configuration maps circuits NWF/IRS/204417 and -18 to. */
  static void ensureMappedComponents() {
    List<String> names =
        GraphQl.anonymous().ok("{ components { name } }").getList("components.name");
    for (String name : List.of(COMPONENT_A, COMPONENT_B)) {
      if (!names.contains(name)) {
        GraphQl.admin()
            .ok(
                "mutation($input: ComponentInput!) { createComponent(input: $input) { id } }",
                "input",
                Map.of("name", name, "group", "Network"));
      }
    }
  }

  static Response post(String token, String contentType, byte[] body) {
    RequestSpecification request = given().contentType(contentType).body(body);
    if (token != null) {
      request = request.header("Authorization", "Bearer " + token);
    }
    return request.post(URL);
  }

  static Response calendar(String token, String ics) {
    return post(token, "text/calendar; charset=utf-8", ics.getBytes(StandardCharsets.UTF_8));
  }

  /** Delivers with the INGEST token; returns the one result after checking the status code. */
  static JsonPath deliver(String ics, int status) {
    Response response = calendar(ingest, ics);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    return response.jsonPath().setRootPath("results[0]");
  }

  static JsonPath window(GraphQl as, String id) {
    return as.ok(WINDOW, "id", id).setRootPath("data.maintenanceWindow");
  }

  static GraphQl scheduler() {
    return GraphQl.withToken(Fixtures.token("SCHEDULER"));
  }

  @Test
  void aNotificationBecomesAPrivateWindowWithItsCircuitsMappedToComponents() {
    String id = Fixtures.unique("CHG");
    JsonPath result = deliver(aNotification("northwind-fibre.example", id).ics(), 201);
    assertThat(result.getString("outcome")).isEqualTo("CREATED");
    assertThat(result.getString("provider")).isEqualTo("northwind-fibre.example");
    assertThat(result.getString("providerMaintenanceId")).isEqualTo(id);
    String windowId = result.getString("maintenanceId");

    JsonPath w = window(scheduler(), windowId);
    assertThat(w.getBoolean("published")).as("private until a person publishes it").isFalse();
    assertThat(w.getString("status")).isEqualTo("SCHEDULED");
    assertThat(w.getString("title")).isEqualTo(VendorMaintenanceService.TITLE);
    assertThat(w.getString("title") + w.getString("message")).doesNotContain("northwind");
    assertThat(w.getString("plannedStart")).isEqualTo("2045-03-08T01:00:00Z");
    assertThat(w.getString("plannedEnd")).isEqualTo("2045-03-08T05:00:00Z");
    assertThat(w.getList("components.name")).containsExactly(COMPONENT_A, COMPONENT_B);
    assertThat(w.getString("vendorReference")).isEqualTo("northwind-fibre.example " + id);
    assertThat(w.getString("circuitId")).isEqualTo("NWF/IRS/204417, NWF/IRS/204418, 198.51.100.13");
    assertThat(w.getString("internalNotes")).contains("ACME-4471", "Fibre splice work");
    assertThat(w.getString("vendor.provider")).isEqualTo("northwind-fibre.example");
    assertThat(w.getString("vendor.account")).isEqualTo("ACME-4471");
    assertThat(w.getString("vendor.status")).isEqualTo("TENTATIVE");
    assertThat(w.getString("vendor.impact")).isEqualTo("OUTAGE");
    assertThat(w.getList("vendor.circuits.circuitId"))
        .containsExactly("NWF/IRS/204417", "NWF/IRS/204418", "198.51.100.13");
    assertThat(w.getList("vendor.circuits.impact"))
        .containsExactly("OUTAGE", "REDUCED_REDUNDANCY", "OUTAGE");
    assertThat(w.getList("vendor.circuits.component.name"))
        .containsExactly(COMPONENT_A, COMPONENT_B);
    assertThat(w.getMap("vendor.circuits[2]"))
        .as("the third maps to a name no component has")
        .containsEntry("circuitId", "198.51.100.13")
        .containsEntry("component", null);

    JsonPath asViewer = window(GraphQl.withToken(Fixtures.token("VIEWER")), windowId);
    assertThat(asViewer.getString("vendor")).isNull();
    assertThat(asViewer.getString("vendorReference")).isNull();
    assertThat(asViewer.getString("circuitId")).isNull();
  }

  @Test
  void higherSequencesRescheduleAndCancelWhileDuplicateAndOlderMailChangesNothing() {
    String id = Fixtures.unique("CHG");
    String windowId =
        deliver(aNotification("northwind-fibre.example", id).ics(), 201).getString("maintenanceId");
    GraphQl scheduler = scheduler();
    int version = window(scheduler, windowId).getInt("version");

    JsonPath duplicate = deliver(aNotification("northwind-fibre.example", id).ics(), 200);
    assertThat(duplicate.getString("outcome")).isEqualTo("IGNORED_DUPLICATE");
    assertThat(duplicate.getString("maintenanceId")).isEqualTo(windowId);
    assertThat(window(scheduler, windowId).getInt("version")).isEqualTo(version);

    Notifications rescheduled =
        aNotification("NORTHWIND-FIBRE.example", id)
            .sequence(2)
            .status("CONFIRMED")
            .between("2045-03-09T22:00:00Z", "2045-03-10T02:00:00Z")
            .objects("X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT=DEGRADED:NWF/IRS/204417\n");
    JsonPath updated = deliver(rescheduled.ics(), 200);
    assertThat(updated.getString("outcome"))
        .as("the provider's name in another case is the same provider")
        .isEqualTo("UPDATED");
    JsonPath w = window(scheduler, windowId);
    assertThat(w.getString("plannedStart")).isEqualTo("2045-03-09T22:00:00Z");
    assertThat(w.getString("plannedEnd")).isEqualTo("2045-03-10T02:00:00Z");
    assertThat(w.getList("components.name")).containsExactly(COMPONENT_A);
    assertThat(w.getInt("vendor.sequence")).isEqualTo(2);
    assertThat(w.getString("vendor.status")).isEqualTo("CONFIRMED");
    assertThat(w.getList("vendor.circuits.impact")).containsExactly("DEGRADED");

    JsonPath late = deliver(aNotification("northwind-fibre.example", id).sequence(1).ics(), 200);
    assertThat(late.getString("outcome")).isEqualTo("IGNORED_OLDER");
    assertThat(late.getInt("sequence")).isEqualTo(1);
    assertThat(late.getInt("appliedSequence")).isEqualTo(2);
    assertThat(window(scheduler, windowId).getString("plannedStart"))
        .isEqualTo("2045-03-09T22:00:00Z");

    JsonPath cancelled =
        deliver(
            aNotification("northwind-fibre.example", id).sequence(3).status("CANCELLED").ics(),
            200);
    assertThat(cancelled.getString("outcome")).isEqualTo("CANCELLED");
    JsonPath gone = window(scheduler, windowId);
    assertThat(gone.getString("status")).isEqualTo("CANCELLED");
    assertThat(gone.getList("updates.message"))
        .containsExactly("The provider has cancelled this maintenance.");

    // Announced again after the cancellation: a fresh window; the cancelled one stays history.
    JsonPath again =
        deliver(
            aNotification("northwind-fibre.example", id).sequence(4).status("CONFIRMED").ics(),
            200);
    assertThat(again.getString("outcome")).isEqualTo("UPDATED");
    assertThat(again.getString("maintenanceId")).isNotEqualTo(windowId);
    assertThat(window(scheduler, again.getString("maintenanceId")).getString("status"))
        .isEqualTo("SCHEDULED");
    assertThat(window(scheduler, windowId).getString("status")).isEqualTo("CANCELLED");
  }

  @Test
  void theProvidersInProcessAndCompletedMoveTheWindowForward() {
    String id = Fixtures.unique("CHG");
    String windowId =
        deliver(aNotification("northwind-fibre.example", id).status("CONFIRMED").ics(), 201)
            .getString("maintenanceId");
    deliver(
        aNotification("northwind-fibre.example", id).sequence(1).status("IN-PROCESS").ics(), 200);
    assertThat(window(scheduler(), windowId).getString("status")).isEqualTo("IN_PROGRESS");
    deliver(
        aNotification("northwind-fibre.example", id).sequence(2).status("COMPLETED").ics(), 200);
    JsonPath done = window(scheduler(), windowId);
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getList("updates.status")).containsExactly("IN_PROGRESS", "COMPLETED");
  }

  @Test
  void aWholeMailWithTheCalendarAttachedIsRead() throws Exception {
    String id = Fixtures.unique("CHG");
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress("noc@northwind-fibre.example", "Northwind Fibre NOC"));
    mail.setRecipients(MimeMessage.RecipientType.TO, "ops-maintenance@example.org");
    mail.setSubject("[Maintenance] " + id + " Fibre splice work Frankfurt - Amsterdam");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Dear customer,\n\nplease find the details attached.\n", "UTF-8");
    MimeBodyPart ics = new MimeBodyPart();
    ics.setContent(
        aNotification("northwind-fibre.example", id).summary("Spleißarbeiten Frankfurt").ics(),
        "text/calendar; charset=UTF-8; method=PUBLISH");
    ics.setFileName("maintenance-" + id + ".ics");
    ics.setHeader("Content-Transfer-Encoding", "base64");
    mail.setContent(new MimeMultipart(text, ics));
    mail.saveChanges();
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    mail.writeTo(raw);
    assertThat(raw.toString(StandardCharsets.US_ASCII)).contains("multipart/mixed", "base64");

    Response response = post(ingest, "message/rfc822", raw.toByteArray());
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    String windowId = response.jsonPath().getString("results[0].maintenanceId");
    assertThat(window(scheduler(), windowId).getString("vendor.summary"))
        .isEqualTo("Spleißarbeiten Frankfurt");

    Response forwarded = post(ingest, "message/rfc822", forwardedMail(Fixtures.unique("FWD")));
    assertThat(forwarded.statusCode()).as(forwarded.asString()).isEqualTo(201);
    assertThat(forwarded.jsonPath().getString("results[0].outcome")).isEqualTo("CREATED");

    Response noCalendar =
        post(
            ingest,
            "message/rfc822",
            "From: a@example.org\r\nSubject: hi\r\n\r\nNo attachment.\r\n"
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(noCalendar.statusCode()).isEqualTo(400);
    assertThat(noCalendar.jsonPath().getString("field")).isEqualTo("message");
    assertThat(noCalendar.jsonPath().getString("code")).isEqualTo("VALIDATION");
  }

  /** A mail a person forwarded as an attachment, with the invitation inline in the original. */
  private static byte[] forwardedMail(String id) {
    String inner = aNotification("backbone.example", id).ics();
    String mail =
        """
        From: Ana Example <ana@example.org>
        To: vendor-maintenance@example.org
        Subject: Fwd: Planned maintenance %1$s
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: text/plain; charset=us-ascii

        See below.
        --outer
        Content-Type: message/rfc822

        From: noc@backbone.example
        Subject: Planned maintenance %1$s
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="inner"

        --inner
        Content-Type: text/plain; charset=us-ascii

        We will work on your circuits.
        --inner
        Content-Type: text/calendar; charset=us-ascii; method=REQUEST
        Content-Transfer-Encoding: 7bit

        %2$s
        --inner--
        --outer--
        """
            .formatted(id, inner.strip())
            .replace("\r\n", "\n")
            .replace("\n", "\r\n");
    return mail.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void malformedNotificationsAreRefusedWithATypedErrorAndWriteNothing() {
    String id = Fixtures.unique("CHG");
    String good = aNotification("northwind-fibre.example", id).event();
    String bad = aNotification("northwind-fibre.example", id + "-2").status("POSTPONED").event();
    Response refused = calendar(ingest, Notifications.calendar(good, bad));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.jsonPath().getString("code")).isEqualTo("VALIDATION");
    assertThat(refused.jsonPath().getString("field")).isEqualTo("X-MAINTNOTE-STATUS");
    assertThat(refused.jsonPath().getString("error")).contains("POSTPONED");
    // All or nothing: the good event of the refused calendar was not recorded.
    assertThat(deliver(Notifications.calendar(good), 201).getString("outcome"))
        .isEqualTo("CREATED");

    Response notCalendar = calendar(ingest, "Please see the attached PDF.");
    assertThat(notCalendar.statusCode()).isEqualTo(400);
    assertThat(notCalendar.jsonPath().getString("field")).isEqualTo("calendar");

    Response wrongType = post(ingest, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(wrongType.statusCode()).isEqualTo(415);

    byte[] huge = new byte[1_048_577];
    java.util.Arrays.fill(huge, (byte) 'x');
    Response tooLarge = post(ingest, "text/calendar", huge);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
  }

  @Test
  void onlyIngestOrSchedulerTokensDeliver() {
    String ics = aNotification("northwind-fibre.example", Fixtures.unique("CHG")).ics();
    Response anonymous = calendar(null, ics);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(calendar("dbt_not-a-token", ics).statusCode()).isEqualTo(401);
    assertThat(calendar(Fixtures.token("VIEWER"), ics).statusCode()).isEqualTo(403);
    assertThat(calendar(Fixtures.token("RESPONDER"), ics).statusCode()).isEqualTo(403);
    // Nothing was recorded by the refused deliveries: the scheduler's is the first.
    Response scheduler = calendar(Fixtures.token("SCHEDULER"), ics);
    assertThat(scheduler.statusCode()).isEqualTo(201);
    assertThat(scheduler.jsonPath().getString("results[0].outcome")).isEqualTo("CREATED");
  }

  @Test
  void concurrentDeliveriesOfOneMailCreateOneWindow() throws Exception {
    String ics = aNotification("northwind-fibre.example", Fixtures.unique("CHG")).ics();
    int n = 4;
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    List<Future<JsonPath>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                Response response = calendar(ingest, ics);
                assertThat(response.statusCode()).as(response.asString()).isIn(200, 201);
                return response.jsonPath().setRootPath("results[0]");
              }));
    }
    List<String> outcomes = new ArrayList<>();
    List<String> windows = new ArrayList<>();
    for (Future<JsonPath> f : futures) {
      outcomes.add(f.get().getString("outcome"));
      windows.add(f.get().getString("maintenanceId"));
    }
    pool.shutdown();
    assertThat(outcomes)
        .containsExactlyInAnyOrder(
            "CREATED", "IGNORED_DUPLICATE", "IGNORED_DUPLICATE", "IGNORED_DUPLICATE");
    assertThat(windows).containsOnly(windows.get(0));
  }

  @Test
  void theGraphQlMutationDoesTheSame() {
    String mutation =
        """
        mutation($calendar: String!) {
          ingestMaintenanceNotification(calendar: $calendar) {
            outcome provider providerMaintenanceId sequence appliedSequence maintenanceId
          }
        }""";
    String id = Fixtures.unique("CHG");
    GraphQl pipe = GraphQl.withToken(ingest);
    JsonPath created =
        pipe.ok(mutation, "calendar", aNotification("northwind-fibre.example", id).ics());
    assertThat(created.getString("ingestMaintenanceNotification[0].outcome")).isEqualTo("CREATED");
    JsonPath again =
        scheduler().ok(mutation, "calendar", aNotification("northwind-fibre.example", id).ics());
    assertThat(again.getString("ingestMaintenanceNotification[0].outcome"))
        .isEqualTo("IGNORED_DUPLICATE");

    Map<String, Object> error = pipe.error(mutation, "calendar", "BEGIN:VCALENDAR\r\n");
    assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", "calendar");
    assertThat(GraphQl.withToken(Fixtures.token("RESPONDER")).error(mutation, "calendar", ""))
        .containsEntry("code", "FORBIDDEN");
  }
}
