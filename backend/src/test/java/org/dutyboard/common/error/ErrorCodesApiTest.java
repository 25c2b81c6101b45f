package org.dutyboard.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** A client can learn, without a token, every {@code extensions.code} the API may answer with. */
@QuarkusTest
class ErrorCodesApiTest {
  @Test
  void errorCodesListsEveryCodeAndTheCodesErrorsCarryAreAmongThem() {
    List<String> codes = GraphQl.anonymous().ok("{ errorCodes }").getList("errorCodes");
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "VALIDATION",
            "NOT_FOUND",
            "CONFLICT",
            "FORBIDDEN",
            "UNAUTHENTICATED",
            "INTERNAL",
            "UNAVAILABLE");
    Object notFound =
        GraphQl.admin()
            .error("mutation($id: ID!) { deleteTeam(id: $id) }", "id", UUID.randomUUID().toString())
            .get("code");
    Object unauthenticated =
        GraphQl.anonymous().error("{ people(first: 1) { nodes { id } } }").get("code");
    assertThat(codes).contains((String) notFound, (String) unauthenticated);
  }
}
