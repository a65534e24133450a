package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.AiEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.JsonFields;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.store.AiPromptStore.NewPrompt;
import dev.amba.testkit.internal.store.AiPromptStore.PromptRow;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AI proxy (amba-api.md section 10). No provider is ever called: the answer is built from the
 * rendered prompt, so tests can assert on it exactly. A "token" is a whitespace-separated word.
 */
public final class AiRoutes implements RouteModule {
  /** The emulator's max_tokens ceiling, for prompts and calls alike. */
  static final int MAX_TOKENS_CEILING = 4096;
  /** What a call gets when neither it nor its prompt sets max_tokens. */
  static final int DEFAULT_MAX_TOKENS = 1024;
  static final String USAGE_EVENT = "ai_usage";
  static final String ANTHROPIC = "anthropic";
  static final String OPENAI = "openai";

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  private static final int MAX_MODEL = 128;
  private static final int MAX_SYSTEM_PROMPT = 100_000;
  private static final BigDecimal MAX_TEMPERATURE = BigDecimal.valueOf(2);
  private static final Set<String> PROMPT_FIELDS =
      Set.of("name", "provider", "model", "system_prompt", "max_tokens", "temperature");
  private static final Set<String> CALL_FIELDS = Set.of(
      "prompt_slug", "variables", "max_tokens", "temperature", "enable_prompt_cache");

  private final Stores stores;
  private final Clock clock;

  public AiRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(AiEndpoints.ADMIN_PROMPTS_UPSERT, this::upsertPrompt);
    routes.on(AiEndpoints.ANTHROPIC_MESSAGES,
        (request, caller) -> complete(request, caller, ANTHROPIC));
    routes.on(AiEndpoints.OPENAI_CHAT_COMPLETIONS,
        (request, caller) -> complete(request, caller, OPENAI));
  }

  private ApiResponse upsertPrompt(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, PROMPT_FIELDS);
    String name = text(body, "name", 64, true, errors);
    if (name != null && !SLUG.matcher(name).matches()) {
      errors.add("name", "must be a slug: lowercase letters, digits and _, starting with a letter, "
          + "at most 64 characters");
    }
    String provider = text(body, "provider", 32, true, errors);
    if (provider != null && !provider.equals(ANTHROPIC) && !provider.equals(OPENAI)) {
      errors.add("provider", "must be anthropic or openai");
    }
    String model = text(body, "model", MAX_MODEL, true, errors);
    String systemPrompt = text(body, "system_prompt", MAX_SYSTEM_PROMPT, true, errors);
    Integer maxTokens = maxTokens(body, errors);
    BigDecimal temperature = temperature(body, errors);
    errors.throwIfAny();
    PromptRow row = stores.aiPrompts().upsert(caller.projectId(),
        new NewPrompt(name, provider, model, systemPrompt, maxTokens, temperature));
    JsonObject json = promptJson(row);
    return row.version() == 1 ? ApiResponse.created(json) : ApiResponse.ok(json);
  }

  private ApiResponse complete(ApiRequest request, Caller caller, String provider)
      throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, CALL_FIELDS);
    String slug = text(body, "prompt_slug", 64, true, errors);
    if (slug != null && !SLUG.matcher(slug).matches()) {
      errors.add("prompt_slug", "must be a slug: lowercase letters, digits and _, at most 64 characters");
    }
    Map<String, String> variables = variables(body, errors);
    Integer maxTokens = maxTokens(body, errors);
    // Accepted and checked, but without effect: the emulator's answers are deterministic.
    temperature(body, errors);
    JsonValue cache = body.get("enable_prompt_cache");
    if (cache != null && cache.getValueType() != JsonValue.ValueType.TRUE
        && cache.getValueType() != JsonValue.ValueType.FALSE) {
      errors.wrongType("enable_prompt_cache", "boolean", cache);
    }
    errors.throwIfAny();

    PromptRow prompt = stores.aiPrompts().latest(caller.projectId(), slug).orElseThrow(
        () -> ApiException.notFound("prompt_not_found", "no prompt with slug " + slug));
    if (!prompt.provider().equals(provider)) {
      throw FieldErrors.single("prompt_slug", "is a prompt for " + prompt.provider()
          + "; call its " + prompt.provider() + " route");
    }
    String rendered = render(prompt, variables);
    int limit = maxTokens != null ? maxTokens
        : prompt.maxTokens() != null ? prompt.maxTokens() : DEFAULT_MAX_TOKENS;
    Answer answer = answer(prompt, rendered, limit);

    String id = (provider.equals(ANTHROPIC) ? "msg_emu_" : "chatcmpl-emu-") + Ids.uuid().replace("-", "");
    recordUsage(caller, prompt, answer, id);
    return ApiResponse.json(200, provider.equals(ANTHROPIC)
        ? anthropicMessage(id, prompt, answer)
        : openAiCompletion(id, prompt, answer));
  }

  /** Fills every placeholder; all missing names are reported at once, in prompt order. */
  private static String render(PromptRow prompt, Map<String, String> variables) {
    Set<String> missing = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(prompt.systemPrompt());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = variables.get(m.group(1));
      if (value == null) {
        missing.add(m.group(1));
        value = "";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    if (!missing.isEmpty()) {
      FieldErrors fields = new FieldErrors();
      missing.forEach(name -> fields.add("variables." + name,
          "is used by prompt " + prompt.name() + " but was not given"));
      ApiException shape = fields.toException();
      throw new ApiException(400, "missing_variable", "prompt " + prompt.name()
          + " needs variable" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing),
          shape.details());
    }
    return out.toString();
  }

  private record Answer(String text, int inputTokens, int outputTokens, boolean truncated) {}

  private static Answer answer(PromptRow prompt, String rendered, int maxTokens) {
    List<String> input = words(rendered);
    List<String> reply = new ArrayList<>(words("Emulated reply from " + prompt.model() + ":"));
    reply.addAll(input);
    boolean truncated = reply.size() > maxTokens;
    List<String> kept = truncated ? reply.subList(0, maxTokens) : reply;
    return new Answer(String.join(" ", kept), input.size(), kept.size(), truncated);
  }

  private static List<String> words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
  }

  private void recordUsage(Caller caller, PromptRow prompt, Answer answer, String id)
      throws SQLException {
    JsonObject properties = JsonIo.object()
        .add("prompt_slug", prompt.name())
        .add("prompt_version", prompt.version())
        .add("provider", prompt.provider())
        .add("model", prompt.model())
        .add("input_tokens", answer.inputTokens())
        .add("output_tokens", answer.outputTokens())
        .build();
    // The answer id as event id: one usage row per answer, whatever happens to the response. The
    // server writes it, so it runs the engagement pipeline as a derived event would (M4).
    stores.events().insert(caller.projectId(),
        List.of(new NewEvent(caller.requireUser(), USAGE_EVENT, properties, null, id)), 1);
  }

  private static JsonObject anthropicMessage(String id, PromptRow prompt, Answer answer) {
    return JsonIo.object()
        .add("id", id)
        .add("type", "message")
        .add("role", "assistant")
        .add("content", JsonIo.array().add(JsonIo.object().add("type", "text").add("text", answer.text())))
        .add("model", prompt.model())
        .add("stop_reason", answer.truncated() ? "max_tokens" : "end_turn")
        .add("stop_sequence", JsonValue.NULL)
        .add("usage", JsonIo.object()
            .add("input_tokens", answer.inputTokens())
            .add("output_tokens", answer.outputTokens())
            .add("cache_creation_input_tokens", 0)
            .add("cache_read_input_tokens", 0))
        .build();
  }

  private JsonObject openAiCompletion(String id, PromptRow prompt, Answer answer) {
    return JsonIo.object()
        .add("id", id)
        .add("object", "chat.completion")
        .add("created", clock.instant().getEpochSecond())
        .add("model", prompt.model())
        .add("choices", JsonIo.array().add(JsonIo.object()
            .add("index", 0)
            .add("message", JsonIo.object().add("role", "assistant").add("content", answer.text()))
            .add("finish_reason", answer.truncated() ? "length" : "stop")))
        .add("usage", JsonIo.object()
            .add("prompt_tokens", answer.inputTokens())
            .add("completion_tokens", answer.outputTokens())
            .add("total_tokens", answer.inputTokens() + answer.outputTokens()))
        .build();
  }

  private static JsonObject promptJson(PromptRow p) {
    JsonObjectBuilder b = JsonIo.object()
        .add("name", p.name())
        .add("version", p.version())
        .add("provider", p.provider())
        .add("model", p.model())
        .add("system_prompt", p.systemPrompt());
    if (p.maxTokens() == null) {
      b.addNull("max_tokens");
    } else {
      b.add("max_tokens", p.maxTokens());
    }
    if (p.temperature() == null) {
      b.addNull("temperature");
    } else {
      b.add("temperature", p.temperature());
    }
    return b.add("created_at", Times.format(p.createdAt())).build();
  }

  private static Map<String, String> variables(JsonObject body, FieldErrors errors) {
    JsonValue value = body.get("variables");
    Map<String, String> out = new LinkedHashMap<>();
    if (JsonFields.absent(value)) {
      return out;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.wrongType("variables", "object", value);
      return out;
    }
    for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
      JsonValue v = e.getValue();
      switch (v.getValueType()) {
        case STRING -> out.put(e.getKey(), ((JsonString) v).getString());
        case NUMBER, TRUE, FALSE -> out.put(e.getKey(), v.toString());
        default -> errors.wrongType("variables." + e.getKey(), "string, number or boolean", v);
      }
    }
    return out;
  }

  private static Integer maxTokens(JsonObject body, FieldErrors errors) {
    JsonValue value = body.get("max_tokens");
    if (JsonFields.absent(value)) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
      errors.wrongType("max_tokens", "integer", value);
      return null;
    }
    BigDecimal n = ((JsonNumber) value).bigDecimalValue();
    if (n.compareTo(BigDecimal.ONE) < 0 || n.compareTo(BigDecimal.valueOf(MAX_TOKENS_CEILING)) > 0) {
      errors.add("max_tokens", "must be from 1 to " + MAX_TOKENS_CEILING, "1.." + MAX_TOKENS_CEILING, null);
      return null;
    }
    return n.intValueExact();
  }

  private static BigDecimal temperature(JsonObject body, FieldErrors errors) {
    JsonValue value = body.get("temperature");
    if (JsonFields.absent(value)) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      errors.wrongType("temperature", "number", value);
      return null;
    }
    BigDecimal t = ((JsonNumber) value).bigDecimalValue();
    if (t.signum() < 0 || t.compareTo(MAX_TEMPERATURE) > 0) {
      errors.add("temperature", "must be from 0 to 2");
      return null;
    }
    return t;
  }

  private static String text(JsonObject o, String key, int max, boolean required, FieldErrors errors) {
    String s = JsonFields.string(o, key, required, errors);
    if (s != null && (s.isBlank() || s.length() > max)) {
      errors.add(key, "must have 1 to " + max + " characters");
      return null;
    }
    return s;
  }
}
