package org.dutyboard.site.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one JSON writer of the generated site: snake_case names as in Statuspage, nulls written
 * (Statuspage consumers expect e.g. {@code "resolved_at": null}), two-space indent and "\n" line
 * ends on every platform so the files are byte-for-byte reproducible.
 */
final class JsonOutput {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .serializationInclusion(JsonInclude.Include.ALWAYS)
          .build();

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonOutput() {}

  static void write(OutputFiles out, String sitePath, Object value) throws IOException {
    try (OutputStream stream = out.open(sitePath)) {
      WRITER.writeValue(stream, value);
    }
  }
}
