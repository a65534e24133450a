package dev.amba.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

  private static final String SK = "amb_dev_sk_Fedcba9876543210xyz";
  private final Secrets secrets = new Secrets(List.of(SK));

  @Test
  void redact_keepsOnlyTheKnownPrefixShape_neverCuttingInsideTheSecretAtAnUnderscore() {
    assertThat(Secrets.redact("amb_dev_sk_ab_cd")).isEqualTo("amb_dev_sk_****");
    assertThat(Secrets.redact("amb_dev_sk_a_b_c_d")).isEqualTo("amb_dev_sk_****");
    assertThat(Secrets.redact("amb_live_ck_0123456789")).isEqualTo("amb_live_ck_****");
    assertThat(Secrets.redact("amb_client_ck_0123456789")).isEqualTo("amb_client_ck_****");
    assertThat(Secrets.redact("amb_server_sk_0123456789")).isEqualTo("amb_server_sk_****");
    // No known kind after the environment: nothing is known to be public.
    assertThat(Secrets.redact("amb_sess_ab_cdefghijkl")).isEqualTo("****");
    assertThat(Secrets.redact("amb_dev_ab_cdefghijkl")).isEqualTo("****");
    assertThat(Secrets.redact("amb_DEV_sk_cdefghijkl")).isEqualTo("****");
    assertThat(Secrets.redact("amb_ab_cdefgh")).isEqualTo("****");
    assertThat(Secrets.redact("sk_live_abc")).isEqualTo("****");
    assertThat(Secrets.redact(null)).isEqualTo("null");
  }

  @Test
  void keyPrefixLength_agreesWithTheRegexItReplaced() {
    // The shape as a regex, only here: the class itself avoids compiling one at configure().
    java.util.regex.Pattern shape = java.util.regex.Pattern.compile("amb_[a-z]{2,10}_[cs]k_");
    String alphabet = "amb_cskzA9";
    java.util.Random random = new java.util.Random(19);
    List<String> inputs = new java.util.ArrayList<>(List.of("", "amb_", "amb_de_sk_", "amb_de_sk", "amb_d_sk_x",
        "amb_abcdefghij_ck_x", "amb_abcdefghijk_ck_x", "amb_dev_xk_", "amb_dev_sk__", "amb_dev_ckx"));
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "amb_" : "");
      int letters = random.nextInt(13);
      for (int j = 0; j < letters; j++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
      int tail = random.nextInt(6);
      for (int j = 0; j < tail; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      inputs.add(sb.toString());
      inputs.add(sb.toString().replaceFirst("^(amb_[a-z]*)", "$1_" + (random.nextBoolean() ? "s" : "c") + "k_"));
    }
    int matched = 0;
    for (String in : inputs) {
      var m = shape.matcher(in);
      int expected = m.lookingAt() ? m.end() : 0;
      assertThat(Secrets.keyPrefixLength(in)).as(in).isEqualTo(expected);
      matched += expected > 0 ? 1 : 0;
    }
    // Both answers must be common among the inputs, or the comparison proves little.
    assertThat(matched).isBetween(inputs.size() / 10, inputs.size() * 9 / 10);
  }

  @Test
  void scrub_leavesTextWithoutSecretsAsItIs_theSameInstance() {
    String text = "no such user: amb_dev_ (see %5F docs) \\u0041 " + "x".repeat(3000);
    assertThat(secrets.scrub(text)).isSameAs(text);
    Map<String, Object> details = Map.of("a", List.of("b", 1, Map.of("c", true)));
    assertThat(secrets.scrubValue(details)).isSameAs(details);
  }

  @Test
  void scrub_findsTheSecretInAnyCaseAndEncoding() {
    String enc = "amb%5Fdev%5fsk%5FFedcba9876543210xyz";
    StringBuilder full = new StringBuilder();
    for (byte b : SK.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      full.append('%').append(String.format("%02x", b));
    }
    for (String echoed : List.of(SK, SK.toUpperCase(java.util.Locale.ROOT), SK.toLowerCase(java.util.Locale.ROOT), enc,
        full.toString(), full.toString().toUpperCase(java.util.Locale.ROOT), "amb%255Fdev%255Fsk%255FFedcba9876543210xyz",
        "amb\\u005fdev\\u005Fsk\\u005fFedcba9876543210xyz")) {
      String out = secrets.scrub("Bearer " + echoed + " was refused");
      assertThat(out).as(echoed).isEqualTo("Bearer amb_dev_sk_**** was refused");
    }
  }

  @Test
  void scrub_removesATrailingPartialSecretOfEightCharsOrMore() {
    assertThat(secrets.scrub("key amb_dev_sk_Fedcba98")).isEqualTo("key amb_dev_sk_****");
    assertThat(secrets.scrub("key AMB%5FDEV%5FSK%5FFEDC")).isEqualTo("key amb_dev_sk_****");
    assertThat(secrets.scrub("key amb_dev_sk_Fedcba98… (cut)")).isEqualTo("key amb_dev_sk_****… (cut)");
    assertThat(secrets.scrub("key amb_dev_sk_Fedcba98%5")).isEqualTo("key amb_dev_sk_****");
    // Seven characters are too few to tell from ordinary text.
    assertThat(secrets.scrub("the amb_dev")).isEqualTo("the amb_dev");
    // A partial in the middle is ordinary text that happens to share a prefix; only the end is a cut.
    assertThat(secrets.scrub("amb_dev_sk_Fed and more")).isEqualTo("amb_dev_sk_Fed and more");
  }

  @Test
  void scrubValue_reachesEveryStringInsideMapsAndListsKeysToo() {
    Map<String, Object> details = Map.of("echo", List.of("x", Map.of(SK.toUpperCase(java.util.Locale.ROOT), SK)), "n", 3);
    Object out = secrets.scrubValue(details);
    assertThat(out.toString()).doesNotContainIgnoringCase("Fedcba9876543210").contains("amb_dev_sk_****");
    assertThat(((Map<?, ?>) out).get("n")).isEqualTo(3);
  }

  @Test
  void with_addsSecretsForOneCall_longestFirst() {
    String url = "https://storage.example/u/1?expires=99&signature=0123456789abcdef0123";
    Secrets call = secrets.with(List.of(url, "0123456789abcdef0123"));
    assertThat(call.scrub("denied " + url + " and " + SK)).isEqualTo("denied **** and amb_dev_sk_****");
    assertThat(call.scrub("sig=0123456789ABCDEF0123")).isEqualTo("sig=****");
  }

  @Test
  void displayUrl_hidesUserinfoQueryAndFragment() {
    assertThat(Secrets.displayUrl(java.net.URI.create("https://user:pass@api.example:8443/base"))).isEqualTo("https://****@api.example:8443/base");
    assertThat(Secrets.displayUrl(java.net.URI.create("https://api.example/x?token=abc#f"))).isEqualTo("https://api.example/x?…");
    assertThat(Secrets.displayUrl("https://u:p@w@h/x#f")).isEqualTo("https://****@h/x?…");
    assertThat(Secrets.displayUrl("https://user:pass@h x/y?q")).isEqualTo("https://****@h x/y?…");
    assertThat(Secrets.displayUrl("http://127.0.0.1:8787")).isEqualTo("http://127.0.0.1:8787");
  }
}
