package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.shared.InvalidAmountException;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTypeFormTest {

    @Test
    void aPriceTypedInTheFormBecomesMoneyInTheCurrencysMinorUnits() {
        assertThat(paid("150.5", "eur").draft().price()).contains(new Money(15050, Currency.getInstance("EUR")));
    }

    @Test
    void aSessionMarkedFreeHasNoPriceWhateverWasTyped() {
        SessionTypeForm form = paid("150.00", "USD");
        form.setFree(true);

        assertThat(form.draft().price()).isEmpty();
    }

    @Test
    void showsWhyATypedPriceCannotBeMoney() {
        assertThatThrownBy(() -> paid("9.999", "USD").draft())
                .isInstanceOf(InvalidAmountException.class)
                .hasMessage("An amount in USD has at most 2 decimal places.");
        assertThatThrownBy(() -> paid("10", "XYZ").draft())
                .isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("'XYZ' is not an ISO 4217 currency code");
    }

    private static SessionTypeForm paid(String amount, String currency) {
        SessionTypeForm form = SessionTypeForm.blank();
        form.setName("Code review");
        form.setFree(false);
        form.setPriceAmount(new BigDecimal(amount));
        form.setPriceCurrency(currency);
        return form;
    }
}
