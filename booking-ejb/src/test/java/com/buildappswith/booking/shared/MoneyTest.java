package com.buildappswith.booking.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void showsTheAmountWithTheCurrencysOwnDecimals() {
        assertThat(new Money(15_000, Currency.getInstance("USD")).amount()).isEqualTo(new BigDecimal("150.00"));
        assertThat(new Money(12_000, Currency.getInstance("JPY")).toString()).isEqualTo("JPY 12000");
        assertThat(new Money(1_234_567, Currency.getInstance("BHD")).toString()).isEqualTo("BHD 1234.567");
    }

    @Test
    void equalsByAmountAndCurrency() {
        assertThat(new Money(100, Currency.getInstance("EUR"))).isEqualTo(new Money(100, Currency.getInstance("EUR")))
                .isNotEqualTo(new Money(100, Currency.getInstance("USD")));
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> new Money(-1, Currency.getInstance("EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
