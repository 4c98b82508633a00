package io.cloudstorage.connect.format.csv;

import java.math.BigDecimal;

import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;

/**
 * Decimal numbers of at most {@code precision} digits, {@code scale} of them after the decimal point, as Connect
 * Decimals of that scale. A value with more digits after the point is invalid rather than rounded: rounding would
 * change the data without a trace.
 */
final class DecimalColumn extends ParsedColumn {

    /** The schema parameter through which converters (Avro, Protobuf) learn the precision. */
    static final String PRECISION_PARAMETER = "connect.decimal.precision";

    private final int precision;
    private final int scale;
    private final Schema schema;

    DecimalColumn(int precision, int scale) {
        this.precision = precision;
        this.scale = scale;
        this.schema = Decimal.builder(scale).parameter(PRECISION_PARAMETER, Integer.toString(precision))
                .optional().build();
    }

    @Override
    public Schema schema() {
        return schema;
    }

    /** Checks the digits before rescaling: rescaling a value such as 1E-999999999 would cost a huge division. */
    @Override
    protected Object parseValue(byte[] bytes, int offset, int length) throws InvalidValueException {
        BigDecimal value;
        try {
            value = new BigDecimal(ascii(bytes, offset, length));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("is not a decimal number (" + name() + ")");
        }
        if (value.signum() == 0) {
            return BigDecimal.valueOf(0, scale);
        }
        if (value.scale() > scale) {
            value = value.stripTrailingZeros();
            if (value.scale() > scale) {
                throw new InvalidValueException("has more than " + scale + " digits after the decimal point ("
                        + name() + ")");
            }
        }
        if ((long) value.precision() - value.scale() > precision - scale) {
            throw new InvalidValueException("has more than " + (precision - scale)
                    + " digits before the decimal point (" + name() + ")");
        }
        return value.setScale(scale);
    }

    @Override
    public String name() {
        return "decimal(" + precision + "," + scale + ")";
    }
}
