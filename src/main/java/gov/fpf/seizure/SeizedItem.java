package gov.fpf.seizure;

import java.math.BigDecimal;

/**
 * One line of a seizure's inventory.
 *
 * @param quantity       the number of units on the line (at least 1)
 * @param appraisedValue the domestic value of the whole line, all its units together, in dollars: 19 U.S.C. 1606 values
 *                       property at the price it is freely offered for "in the same quantity" (law reference 1.5)
 * @param prohibited     its importation is prohibited (19 U.S.C. 1607(a)(2))
 * @param counterfeit    it bears a counterfeit mark (19 U.S.C. 1526(e)); counterfeit goods are prohibited importations
 *                       (law reference P8)
 */
public record SeizedItem(String description, int quantity, BigDecimal appraisedValue, boolean perishable,
                         boolean prohibited, boolean counterfeit) {

    /** Prohibited, or counterfeit and therefore prohibited. */
    public boolean prohibitedImportation() {
        return prohibited || counterfeit;
    }
}
