package org.dutyboard.clinic.alertpage;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Label")
@Description("A name/value pair: an alert label or annotation.")
public record LabelView(
    @NonNull @Description("The name, e.g. `alertname`.") String name,
    @NonNull @Description("The value.") String value) {

  static List<LabelView> of(Map<String, String> map) {
    return map.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new LabelView(e.getKey(), e.getValue()))
        .toList();
  }
}
