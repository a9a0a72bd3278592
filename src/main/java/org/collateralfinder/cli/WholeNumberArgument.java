package org.collateralfinder.cli;

import java.math.BigInteger;
import picocli.CommandLine;

/**
 * Reads a whole-number option of any size ({@code --limit}); what is not one ({@code abc}, {@code 1.5}) is a
 * usage mistake said as one sentence naming the option, without the Java names picocli's own conversion gives.
 */
final class WholeNumberArgument implements CommandLine.ITypeConverter<BigInteger> {

    /** A value that is not a whole number; {@link #sentence} says it for the option it was given to. */
    static final class NotAWholeNumber extends CommandLine.TypeConversionException {

        private static final long serialVersionUID = 1L;

        NotAWholeNumber(String value) {
            super("'" + value + "' is not a whole number");
        }
    }

    @Override
    public BigInteger convert(String value) {
        try {
            return new BigInteger(value.strip());
        } catch (NumberFormatException e) {
            throw new NotAWholeNumber(value);
        }
    }

    /** The sentence for a value of {@code option} that is not a whole number. */
    static String sentence(String option, String value) {
        return option + " needs a whole number, as in " + option + " 20 (it was " + value + ").";
    }
}
