package com.buildappswith.booking.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An amount in a currency's minor units (cents), never a floating-point number. */
@Embeddable
public class Money {

    @Column(name = "price_minor")
    private long amountMinor;

    @Column(name = "price_currency", length = 3)
    private String currency;

    /** Plain decimal notation only: no sign, exponent or grouping, so "1e3" or "-5" never become prices. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,15})?");

    protected Money() {
    }

    /**
     * The one way an amount typed by a person (a form, the API, a CSV file) becomes money: {@code amount} in plain
     * decimal notation ("150", "150.5", "150.50") with no more decimals than {@code currencyCode}'s minor unit
     * allows (trailing zeros aside), {@code currencyCode} an ISO 4217 code in any letter case. Zero is an amount
     * like any other; whether it means "free" is the caller's business.
     *
     * @throws InvalidAmountException with a message for the person when either part is not acceptable
     */
    public static Money parse(String amount, String currencyCode) {
        String code = currencyCode == null ? "" : currencyCode.strip().toUpperCase(Locale.ROOT);
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidAmountException("'" + code + "' is not an ISO 4217 currency code such as USD.");
        }
        String text = amount == null ? "" : amount.strip();
        if (!AMOUNT.matcher(text).matches()) {
            throw new InvalidAmountException("'" + text + "' is not an amount such as 150.00.");
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal value = new BigDecimal(text);
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InvalidAmountException("An amount in " + code + " has at most " + digits + " decimal places.");
        }
        return new Money(value.movePointRight(digits).longValueExact(), currency);
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
