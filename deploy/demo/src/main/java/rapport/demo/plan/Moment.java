package rapport.demo.plan;

/**
 * A time of the placement relative to the day it is loaded on: {@code day} 0 is today, -1 yesterday; {@code minute}
 * is the minute of that day in the team's time zone. Planning in these terms is what makes the same seed give the
 * same placement whatever the date ({@link Timeline} turns them into instants).
 */
public record Moment(int day, int minute) implements Comparable<Moment> {

    static final int MINUTES_PER_DAY = 24 * 60;
    /** The desk answers the phone and the door from 08:00 to 18:00. */
    static final int OPENS = 8 * 60;
    static final int CLOSES = 18 * 60;
    /** E-mails, chats and posts arrive from 07:00 to 22:00; nothing is planned outside that span. */
    static final int EARLIEST = 7 * 60;
    static final int LATEST = 22 * 60;

    public Moment {
        if (minute < 0 || minute >= MINUTES_PER_DAY) {
            throw new IllegalArgumentException("minute of day out of range: " + minute);
        }
    }

    static Moment at(int day, int hour, int minute) {
        return new Moment(day, hour * 60 + minute);
    }

    long minutes() {
        return (long) day * MINUTES_PER_DAY + minute;
    }

    Moment plusMinutes(long minutes) {
        long total = minutes() + minutes;
        return new Moment((int) Math.floorDiv(total, MINUTES_PER_DAY), (int) Math.floorMod(total, MINUTES_PER_DAY));
    }

    Moment plusDays(int days) {
        return new Moment(day + days, minute);
    }

    /** This moment if the desk is open then, else its next opening (the desk rings back in working hours). */
    Moment inOpeningHours() {
        if (minute < OPENS) {
            return new Moment(day, OPENS);
        }
        return minute >= CLOSES ? new Moment(day + 1, OPENS) : this;
    }

    /** This moment if it lies in the span things may happen in, else the next such moment. */
    Moment inWakingHours() {
        if (minute < EARLIEST) {
            return new Moment(day, EARLIEST);
        }
        return minute >= LATEST ? new Moment(day + 1, EARLIEST) : this;
    }

    boolean isAfter(Moment other) {
        return compareTo(other) > 0;
    }

    boolean isBefore(Moment other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Moment other) {
        return Long.compare(minutes(), other.minutes());
    }
}
