package org.dutyboard.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssetNamesTest {

  @Test
  void theNameChangesExactlyWhenTheContentDoes() {
    String a = AssetNames.hashed("site", "css", "body{color:red}");
    assertThat(a).matches("assets/site\\.[0-9a-f]{12}\\.css");
    assertThat(AssetNames.hashed("site", "css", "body{color:red}")).isEqualTo(a);
    assertThat(AssetNames.hashed("site", "css", "body{color:blue}")).isNotEqualTo(a);
  }

  @Test
  void onlyHashedNamesUnderAssetsCountAsImmutable() {
    assertThat(AssetNames.isContentHashed(AssetNames.hashed("logo", "svg", "<svg/>"))).isTrue();
    assertThat(AssetNames.isContentHashed("reports/assets/report.0123456789ab.css")).isTrue();
    assertThat(AssetNames.isContentHashed("assets/site.css")).isFalse();
    assertThat(AssetNames.isContentHashed("index.html")).isFalse();
    assertThat(AssetNames.isContentHashed("badge.svg")).isFalse();
    assertThat(AssetNames.isContentHashed("incidents/0123456789ab.html")).isFalse();
  }
}
