package dev.amba.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * Admin: the project's catalog items, their prices and bundle contents, from {@code amba.catalog()}
 * (server key). Paths take an item's id.
 *
 * <pre>{@code
 * CatalogItem pack = amba.catalog().create(NewCatalogItem.of("starter_pack", "Starter pack")
 *     .itemType(ItemType.BUNDLE));
 * amba.catalog().setBundleContent(pack.id(), sword.id(), 1);
 * amba.catalog().setBundleContent(pack.id(), potion.id(), 5);
 * amba.catalog().setPrice(pack.id(), "gems", BigDecimal.valueOf(400));
 * }</pre>
 */
public interface ProjectCatalog {

  /**
   * Adds an item, active, without prices.
   *
   * @param item the key, name and settings
   * @return the item as stored, with its id and the defaults filled in
   * @throws dev.amba.AmbaConflictException ({@code item_exists}) when the key is taken
   */
  CatalogItem create(NewCatalogItem item);

  /**
   * Every item, active or not, with its prices, oldest first.
   *
   * @return the items, empty when the catalog is
   */
  List<CatalogItemView> list();

  /**
   * As {@link #list()}, only the items of exactly this category.
   *
   * @param category 1..64 characters
   * @return the items of that category, empty when none
   * @throws IllegalArgumentException when {@code category} is null, blank or too long
   */
  List<CatalogItemView> list(String category);

  /**
   * One item, active or not, with its prices and bundle contents.
   *
   * @param itemId the item's id
   * @return the item with its prices and, for a bundle, its contents
   * @throws dev.amba.AmbaNotFoundException when the project has no item with this id
   */
  CatalogItemDetail get(String itemId);

  /**
   * Changes the settings {@code update} sets.
   *
   * @param itemId the item's id
   * @param update the settings to change; at least one
   * @return the item with its new settings
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaBadRequestException ({@code nested_bundle}) when it makes a bundle of an
   *     item that is the content of a bundle; ({@code bundle_not_empty}) when it changes the type
   *     of a bundle that still has contents
   * @throws dev.amba.AmbaNotFoundException when the project has no item with this id
   */
  CatalogItem update(String itemId, CatalogItemUpdate update);

  /**
   * Deletes the item with its prices and every bundle link it is part of; users who own it keep it.
   *
   * @param itemId the item's id
   * @throws dev.amba.AmbaNotFoundException when the project has no item with this id
   */
  void delete(String itemId);

  /**
   * Sets the item's price in a currency, replacing the one it had there. Any code the M1 rule admits
   * may hold a price, so display prices such as {@code usd 4.99} are allowed; a purchase can pay
   * only a whole-number price in a currency the project defines. A retry after a lost answer sets
   * the same price again, so it is retried.
   *
   * @param itemId the item's id
   * @param currencyCode 1..64 characters of a-z, 0-9 and _, starting with a letter
   * @param price at least 0
   * @return the price as stored
   * @throws IllegalArgumentException when the code breaks its rule or the price is negative
   * @throws NullPointerException when {@code price} is null
   * @throws dev.amba.AmbaNotFoundException when the project has no item with this id
   */
  CatalogItemPrice setPrice(String itemId, String currencyCode, BigDecimal price);

  /**
   * Removes the item's price in a currency.
   *
   * @param itemId the item's id
   * @param currencyCode the currency's code
   * @throws dev.amba.AmbaNotFoundException when the item has no price in that currency
   */
  void deletePrice(String itemId, String currencyCode);

  /**
   * Puts {@code quantity} of an item in a bundle, replacing the quantity when it is there already.
   * Retried after a lost answer, which sets the same quantity again.
   *
   * @param bundleId the bundle's item id
   * @param contentItemId the id of the item to put in it; not itself a bundle
   * @param quantity at least 1
   * @return the content row as stored
   * @throws IllegalArgumentException when {@code quantity} is below 1
   * @throws dev.amba.AmbaBadRequestException ({@code not_a_bundle}) when {@code bundleId} is not a
   *     bundle; ({@code nested_bundle}) when the content is itself a bundle
   * @throws dev.amba.AmbaNotFoundException when the project has no such bundle or content item
   */
  BundleContent setBundleContent(String bundleId, String contentItemId, int quantity);

  /**
   * Takes an item out of a bundle.
   *
   * @param bundleId the bundle's item id
   * @param contentItemId the id of the item to take out
   * @throws dev.amba.AmbaNotFoundException when the bundle does not hold that item
   */
  void deleteBundleContent(String bundleId, String contentItemId);
}
