package dev.amba.wire.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.config.ConfigEntry;
import dev.amba.config.ConfigUpdate;
import dev.amba.config.ConfigValueType;
import dev.amba.config.NewConfigEntry;
import dev.amba.config.UserConfig;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.RecordedRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Remote config (amba-api.md section 9): admin CRUD and the ETag-cached reads. */
@ExtendWith(AmbaEmulatorExtension.class)
class RemoteConfigWireTest {

  private AmbaEmulator emulator;
  private EmulatorProject project;
  private AmbaClient amba;

  @BeforeEach
  void freshProject(AmbaEmulator emulator) {
    this.emulator = emulator;
    this.project = emulator.createProject();
    this.amba = AmbaClient.configure(emulator.config(project));
  }

  @AfterEach
  void close() {
    amba.close();
  }

  private List<RecordedRequest> configReads() {
    return emulator.recordedRequests().stream().filter(r -> r.path().equals("/v1/client/config"))
        .collect(Collectors.toList());
  }

  @Test
  void adminCrud_roundTripsEveryValueType() {
    ConfigEntry created = amba.config().create(NewConfigEntry.of("max_upload_mb", 25).description("per file"));
    assertThat(created.key()).isEqualTo("max_upload_mb");
    assertThat(created.value()).isEqualTo(25L);
    assertThat(created.valueType()).isEqualTo(ConfigValueType.NUMBER);
    assertThat(created.description()).isEqualTo("per file");
    assertThat(created.createdAt()).isNotNull();

    amba.config().create(NewConfigEntry.of("banner", "Welcome!"));
    amba.config().create(NewConfigEntry.of("beta", true));
    amba.config().create(NewConfigEntry.of("limits", Map.of("free", 3, "ratio", 0.5)));

    assertThat(amba.config().entries()).extracting(ConfigEntry::key, ConfigEntry::valueType).containsExactly(
        org.assertj.core.groups.Tuple.tuple("banner", "string"),
        org.assertj.core.groups.Tuple.tuple("beta", "boolean"),
        org.assertj.core.groups.Tuple.tuple("limits", "json"),
        org.assertj.core.groups.Tuple.tuple("max_upload_mb", "number"));
    assertThat(amba.config().entry("limits").value())
        .isEqualTo(Map.of("free", 3L, "ratio", new BigDecimal("0.5")));

    ConfigEntry updated = amba.config().update("max_upload_mb", ConfigUpdate.create().value(50).description(null));
    assertThat(updated.value()).isEqualTo(50L);
    assertThat(updated.description()).isNull();
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());

    amba.config().delete("beta");
    assertThat(amba.config().entries()).extracting(ConfigEntry::key).containsExactly("banner", "limits", "max_upload_mb");
  }

  @Test
  void adminErrors_arriveAsTypedExceptions() {
    amba.config().create(NewConfigEntry.of("banner", "hi"));
    assertThatThrownBy(() -> amba.config().create(NewConfigEntry.of("banner", "again")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("config_exists"));
    assertThatThrownBy(() -> amba.config().entry("nope"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("config_not_found"));
    assertThatThrownBy(() -> amba.config().delete("nope")).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> amba.config().update("banner", ConfigUpdate.create().valueType(ConfigValueType.NUMBER)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_argument"));
    assertThatThrownBy(() -> amba.config().create(NewConfigEntry.of("flag", "yes").valueType("boolean")))
        .isInstanceOf(AmbaBadRequestException.class);
    emulator.clearRecordedRequests();
    assertThatThrownBy(() -> amba.config().update("banner", ConfigUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> amba.config().entry("has space")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key");
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  void anonymousRead_usesTheClientKeyAlone_andA304ReturnsTheCachedMapWithoutParsing() {
    amba.config().create(NewConfigEntry.of("banner", "Welcome!"));
    AmbaConfig clientKeyOnly = AmbaConfig.builder().projectId(project.projectId()).clientKey(project.clientKey())
        .apiUrl(emulator.apiUrl()).build();
    try (AmbaClient app = AmbaClient.configure(clientKeyOnly)) {
      emulator.clearRecordedRequests();
      Map<String, Object> first = app.config().values();
      Map<String, Object> second = app.config().values();

      assertThat(first).containsExactly(Map.entry("banner", "Welcome!"));
      assertThat(second).isSameAs(first);
      assertThatThrownBy(() -> first.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
      List<RecordedRequest> reads = configReads();
      assertThat(reads).hasSize(2);
      assertThat(reads.get(0).header("X-Api-Key")).isEqualTo(project.clientKey());
      assertThat(reads.get(0).header("Authorization")).isNull();
      assertThat(reads.get(0).header("If-None-Match")).isNull();
      String etag = reads.get(1).header("If-None-Match");
      assertThat(etag).startsWith("\"");

      amba.config().update("banner", ConfigUpdate.create().value("Hello again"));
      Map<String, Object> third = app.config().values();
      assertThat(third).isNotSameAs(first).containsEntry("banner", "Hello again");
      assertThat(configReads().get(2).header("If-None-Match")).isEqualTo(etag);
      assertThat(app.config().values()).isSameAs(third);

      assertThatThrownBy(() -> app.config().entries()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("AMBA_SERVER_KEY");
    }
  }

  @Test
  void userRead_actsForTheUser_andIsCachedSeparatelyFromAnonymous() {
    amba.config().create(NewConfigEntry.of("beta", false));
    String uid = emulator.createUser(project);
    Map<String, Object> anonymous = amba.config().values();
    emulator.clearRecordedRequests();

    UserConfig userConfig = amba.asUser(uid).config();
    Map<String, Object> forUser = userConfig.values();
    assertThat(forUser).isEqualTo(anonymous).isNotSameAs(anonymous);
    assertThat(userConfig.value("beta")).contains(false);
    assertThat(amba.asUser(uid).config().values()).isSameAs(forUser);

    List<RecordedRequest> reads = configReads();
    assertThat(reads).hasSize(3);
    assertThat(reads.get(0).header("X-Amba-On-Behalf-Of")).isEqualTo(uid);
    assertThat(reads.get(0).header("If-None-Match")).isNull();
    assertThat(reads.get(1).header("If-None-Match")).isNotNull();
  }

  @Test
  void userRead_forAnUnknownUser_is404() {
    assertThatThrownBy(() -> amba.asUser("ghost_user").config().values())
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("user_not_found"));
  }
}
