package dev.amba.wire.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaTransportException;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemPrice;
import dev.amba.catalog.ItemPrice;
import dev.amba.catalog.NewCatalogItem;
import dev.amba.testkit.Fault;
import dev.amba.wire.ModuleCalls;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Item prices (18.2): one per currency code, upserted with 201 either way, any code, exact numbers. */
class CatalogPricesWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();

  @Test
  void setPrice_answers201WithThePrice_andAgainWhenItReplacesIt_keepingItsIdAndCreatedAt() throws Exception {
    CatalogItem item = p.item("gem_pack");
    Instant made = fixture.clock.instant();
    CatalogItemPrice first = p.amba.catalog().setPrice(item.id(), "gems", new BigDecimal("250"));
    assertThat(first).isEqualTo(new CatalogItemPrice(first.id(), item.id(), "gems", new BigDecimal("250"), made, made));
    fixture.clock.advance(Duration.ofMinutes(1));
    ModuleCalls.Answer replaced = p.admin("POST", "/catalog/" + item.id() + "/prices",
        "{\"currency_code\":\"gems\",\"price\":200}");
    assertThat(replaced.status()).isEqualTo(201);
    assertThat(replaced.data().getString("id")).isEqualTo(first.id());
    assertThat(replaced.data().getJsonNumber("price").intValue()).isEqualTo(200);
    assertThat(replaced.data().getString("created_at")).isEqualTo("2030-01-07T09:00:00.000Z");
    assertThat(replaced.data().getString("updated_at")).isEqualTo("2030-01-07T09:01:00.000Z");
    assertThat(p.amba.catalog().get(item.id()).prices()).containsExactly(new ItemPrice("gems", new BigDecimal("200")));
  }

  @Test
  void anyCodeHoldsAPrice_displayPricesStayExact_andZeroIsAPrice() {
    CatalogItem item = p.item("starter");
    p.amba.catalog().setPrice(item.id(), "usd", new BigDecimal("4.99"));
    p.amba.catalog().setPrice(item.id(), "coins", BigDecimal.ZERO);
    p.amba.catalog().setPrice(item.id(), "eur", new BigDecimal("0.25"));
    // By code, whatever order they were set in.
    assertThat(p.amba.catalog().get(item.id()).prices()).containsExactly(new ItemPrice("coins", new BigDecimal("0")),
        new ItemPrice("eur", new BigDecimal("0.25")), new ItemPrice("usd", new BigDecimal("4.99")));
    assertThat(p.amba.catalog().list().get(0).price("usd")).contains(new BigDecimal("4.99"));
  }

  @Test
  void theEmulatorRefusesANegativePrice_aBadCode_andAnUnknownItem() throws Exception {
    CatalogItem item = p.item("k");
    ModuleCalls.Answer negative = p.admin("POST", "/catalog/" + item.id() + "/prices",
        "{\"currency_code\":\"gems\",\"price\":-1}");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.fieldPaths()).containsExactly("price");
    ModuleCalls.Answer code = p.admin("POST", "/catalog/" + item.id() + "/prices",
        "{\"currency_code\":\"USD\",\"price\":\"4.99\"}");
    assertThat(code.fieldPaths()).containsExactlyInAnyOrder("currency_code", "price");
    assertThatThrownBy(() -> p.amba.catalog().setPrice("00000000-0000-0000-0000-000000000000", "gems", BigDecimal.ONE))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> p.amba.catalog().setPrice("k", "gems", BigDecimal.ONE))
        .isInstanceOf(AmbaNotFoundException.class);
    assertThat(p.amba.catalog().get(item.id()).prices()).isEmpty();
  }

  @Test
  void deletePrice_answersTheMarkerWithThePricesId_leavesTheOthers_andThen404() throws Exception {
    CatalogItem item = p.item("k");
    CatalogItemPrice gems = p.amba.catalog().setPrice(item.id(), "gems", BigDecimal.TEN);
    p.amba.catalog().setPrice(item.id(), "coins", BigDecimal.ONE);
    ModuleCalls.Answer deleted = p.admin("DELETE", "/catalog/" + item.id() + "/prices/gems", null);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.data().getString("id")).isEqualTo(gems.id());
    assertThat(deleted.data().getBoolean("deleted")).isTrue();
    assertThat(p.amba.catalog().get(item.id()).prices()).extracting(ItemPrice::currencyCode).containsExactly("coins");
    assertThatThrownBy(() -> p.amba.catalog().deletePrice(item.id(), "gems"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
  }

  @Test
  void aPriceWhoseAnswerWasLost_isRetried_andSetOnce_whileALostCreateIsNot() {
    CatalogItem item = p.item("k");
    fixture.emulator.faults().next(1, Fault.resetAfterHandling());
    CatalogItemPrice price = p.amba.catalog().setPrice(item.id(), "gems", new BigDecimal("7"));
    assertThat(price.price()).isEqualByComparingTo("7");
    assertThat(p.amba.catalog().get(item.id()).prices()).containsExactly(new ItemPrice("gems", new BigDecimal("7")));
    // A create repeated blind would answer 409 in place of the item, so its lost answer stays lost.
    fixture.emulator.faults().next(1, Fault.resetAfterHandling());
    assertThatThrownBy(() -> p.amba.catalog().create(NewCatalogItem.of("lost", "Lost")))
        .isInstanceOf(AmbaTransportException.class);
    assertThat(p.amba.catalog().list()).extracting(v -> v.item().key()).containsExactly("k", "lost");
  }
}
