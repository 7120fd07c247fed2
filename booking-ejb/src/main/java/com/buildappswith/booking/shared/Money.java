package com.buildappswith.booking.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in a currency's minor units (cents), never a floating-point number. */
@Embeddable
public class Money {

    @Column(name = "price_minor")
    private long amountMinor;

    @Column(name = "price_currency", length = 3)
    private String currency;

    protected Money() {
    }

    public Money(long amountMinor, Currency currency) {
        Objects.requireNonNull(currency, "Currency is required.");
        if (amountMinor < 0) {
            throw new IllegalArgumentException("An amount cannot be negative.");
        }
        this.amountMinor = amountMinor;
        this.currency = currency.getCurrencyCode();
    }

    public long amountMinor() {
        return amountMinor;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(amountMinor, currency().getDefaultFractionDigits());
    }

    public boolean isZero() {
        return amountMinor == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amountMinor == money.amountMinor && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amountMinor, currency);
    }

    @Override
    public String toString() {
        return currency + " " + amount().toPlainString();
    }
}
