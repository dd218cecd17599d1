package rapport.demo.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rapport.demo.plan.Persona.Type;

/**
 * The garage's customers: private motorists, businesses with vans on account, and colleagues. Names are common
 * British first names and surnames put together at random; e-mail addresses use the example domains reserved for
 * documentation (RFC 2606) and phone numbers the ranges Ofcom keeps for drama (01632 960xxx, 07700 900xxx), so
 * that none of them reaches a real person.
 */
final class Cast {

    static final int MOTORISTS = 238;
    static final int FLEETS = 22;
    static final int COLLEAGUES = 40;

    private static final List<String> FIRST_NAMES = List.of("Amelia", "Oliver", "Isla", "George", "Ava", "Noah",
            "Mia", "Arthur", "Ivy", "Leo", "Freya", "Oscar", "Lily", "Harry", "Rosie", "Jack", "Evie", "Alfie", "Ella",
            "Henry", "Grace", "Theo", "Sophie", "Archie", "Poppy", "Finley", "Erin", "Ethan", "Chloe", "Lewis", "Zara",
            "Mohammed", "Aisha", "Ravi", "Anjali", "Tomasz", "Kasia", "Declan", "Siobhan", "Gareth", "Bethan",
            "Graham", "Pauline", "Derek", "Maureen", "Colin", "Sandra", "Keith", "Janet", "Stuart", "Fiona", "Nigel",
            "Carol", "Hamza", "Yusuf", "Priyanka", "Kwame", "Abena", "Connor", "Megan");
    private static final List<String> SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
            "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell",
            "Rose", "Davis", "Rodriguez", "Cox", "Alexander", "Morgan", "Moore", "Harris", "Turner", "Hughes", "Ali",
            "Cooper", "Ward", "Holmes", "Price", "Bennett", "Gray", "Kowalski", "Nowak", "O'Brien", "Murphy",
            "Campbell", "Stewart", "Lloyd", "Baker", "Hussain", "Begum", "Singh", "Mensah", "Owusu", "Fletcher",
            "Barker", "Chapman");
    private static final List<String> FLEET_NAMES = List.of("Kestrel Couriers", "Marsh Lane Florists",
            "Bluebell Taxis", "Harbour View Care Home", "Oakfield Primary School", "Tidy Up Cleaning Co",
            "Fenwick & Daughters Plumbing", "Greenleaf Garden Services", "Riverside Dental Practice",
            "Swift Scaffolding", "Hillcrest Veterinary Surgery", "Penny Lane Catering", "Northfield Builders",
            "Sunrise Home Care", "Cobblestone Bakery", "Bright Spark Electrical", "Meadow Farm Shop",
            "Castle Street Pharmacy", "Ironbridge Removals", "Willow Tree Nursery", "Tower Hill Locksmiths",
            "Brookside Surveyors");
    private static final List<String> CARS = List.of("Ford Fiesta", "Volkswagen Golf", "Vauxhall Corsa",
            "Nissan Qashqai", "Toyota Yaris", "Kia Sportage", "BMW 3 Series", "Skoda Octavia", "Peugeot 208",
            "Renault Clio", "Honda Jazz", "Nissan Leaf", "Hyundai Tucson", "Mini Cooper", "Audi A3", "Ford Kuga",
            "Toyota Corolla", "Volvo XC40", "Fiat 500", "Mercedes A-Class");
    private static final List<String> VANS = List.of("Ford Transit", "Vauxhall Vivaro", "Volkswagen Transporter",
            "Citroen Berlingo", "Ford Transit Connect", "Renault Trafic");
    /** Departments with the number of colleagues in each and their value to the desk. */
    private static final List<Department> DEPARTMENTS = List.of(new Department("Workshop", 10, ValueSegment.HIGH),
            new Department("Parts", 5, ValueSegment.HIGH), new Department("Sales", 8, ValueSegment.MEDIUM),
            new Department("Accounts", 4, ValueSegment.LOW), new Department("Bodyshop", 4, ValueSegment.MEDIUM),
            new Department("Valeting", 3, ValueSegment.LOW), new Department("MOT bay", 3, ValueSegment.MEDIUM),
            new Department("Fleet desk", 3, ValueSegment.HIGH));
    private static final List<String> MOTORIST_NEEDS = List.of("Prefers a text to a call", "Works nights: call after 2pm",
            "Hard of hearing: prefers e-mail", "Needs a courtesy car when booked in", "Electric vehicle",
            "Has a service plan (monthly direct debit)", "Drops the car off before 8am",
            "Second car in the household also serviced here", "Likes to wait in the waiting area",
            "Uses a wheelchair: needs the ramp at reception", "Asks for old parts to be kept");
    private static final List<String> FLEET_NEEDS = List.of("Account customer: 30-day invoices to the office",
            "Vans must be back by 7am", "Book services on Saturdays", "Purchase order number on every invoice",
            "Fleet manager approves work over 250 pounds");

    private record Department(String name, int colleagues, ValueSegment segment) {
    }

    private final Dice dice;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedEmails = new HashSet<>();
    private final List<String> mobiles;
    private final List<String> landlines;

    Cast(Dice dice) {
        this.dice = dice;
        this.mobiles = numbers("07700 900");
        this.landlines = numbers("01632 960");
    }

    List<Persona> personas() {
        List<Persona> personas = new ArrayList<>();
        for (int i = 0; i < MOTORISTS; i++) {
            personas.add(motorist(i));
        }
        for (int i = 0; i < FLEETS; i++) {
            personas.add(fleet(i));
        }
        int colleague = 0;
        for (Department department : DEPARTMENTS) {
            for (int i = 0; i < department.colleagues(); i++) {
                personas.add(colleague(colleague++, department));
            }
        }
        return personas;
    }

    private Persona motorist(int i) {
        Name person = person();
        String first = person.first();
        String last = person.last();
        String name = first + " " + last;
        ValueSegment segment = dice.weighted(List.of(ValueSegment.HIGH, ValueSegment.MEDIUM, ValueSegment.LOW),
                11, 46, 43);
        String email = dice.chance(0.75) ? email(first, last, dice.pick(List.of("example.org", "example.net",
                "example.com"))) : null;
        String phone = email == null || dice.chance(0.85) ? takeNumber(dice.chance(0.8) ? mobiles : landlines) : null;
        Channel preferred = dice.chance(0.1) ? null : dice.weighted(List.of(Channel.PHONE, Channel.EMAIL,
                Channel.FACE_TO_FACE, Channel.CHAT, Channel.SOCIAL, Channel.LETTER), 45, 25, 10, 10, 7, 3);
        if (preferred == Channel.EMAIL && email == null) {
            preferred = Channel.PHONE;
        }
        String needs = dice.chance(0.3) ? dice.pick(MOTORIST_NEEDS) : null;
        int cases = switch (segment) {
            case HIGH -> dice.between(2, 5);
            case MEDIUM -> dice.between(1, 3);
            case LOW -> dice.weighted(List.of(1, 2), 70, 30);
        };
        PlannedCustomer.Profile profile = new PlannedCustomer.Profile(name, email, phone, CustomerKind.EXTERNAL,
                segment, preferred, needs, dice.chance(0.72));
        return new Persona("motorist-" + i, profile, Type.MOTORIST, dice.pick(CARS), null, cases,
                segment == ValueSegment.LOW && dice.chance(0.15));
    }

    private Persona fleet(int i) {
        String business = FLEET_NAMES.get(i);
        String contact = dice.pick(FIRST_NAMES);
        String slug = business.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "");
        String email = unique("fleet." + slug + "@example.com");
        ValueSegment segment = i < 14 ? ValueSegment.HIGH : ValueSegment.MEDIUM;
        PlannedCustomer.Profile profile = new PlannedCustomer.Profile(business + " (" + contact + ")", email,
                takeNumber(landlines), CustomerKind.EXTERNAL, segment,
                dice.weighted(List.of(Channel.EMAIL, Channel.PHONE), 60, 40), dice.pick(FLEET_NEEDS),
                dice.chance(0.6));
        int cases = segment == ValueSegment.HIGH ? dice.between(5, 9) : dice.between(3, 5);
        return new Persona("fleet-" + i, profile, Type.FLEET, dice.pick(VANS), null, cases, false);
    }

    private Persona colleague(int i, Department department) {
        Name person = person();
        String first = person.first();
        String last = person.last();
        String name = first + " " + last + " (" + department.name() + ")";
        String email = email(first, last, "hartleyroad.example.org");
        String extension = takeNumber(landlines);
        PlannedCustomer.Profile profile = new PlannedCustomer.Profile(name, email, extension, CustomerKind.INTERNAL,
                department.segment(), dice.weighted(List.of(Channel.CHAT, Channel.PHONE, Channel.FACE_TO_FACE,
                        Channel.EMAIL), 45, 25, 20, 10), null, dice.chance(0.35));
        int cases = switch (department.segment()) {
            case HIGH -> dice.between(4, 8);
            case MEDIUM -> dice.between(2, 4);
            case LOW -> dice.between(1, 2);
        };
        return new Persona("colleague-" + i, profile, Type.COLLEAGUE, null, department.name(), cases, false);
    }

    private record Name(String first, String last) {
    }

    /** A first name and surname no other customer has. */
    private Name person() {
        while (true) {
            Name name = new Name(dice.pick(FIRST_NAMES), dice.pick(SURNAMES));
            if (usedNames.add(name.first() + " " + name.last())) {
                return name;
            }
        }
    }

    private String email(String first, String last, String domain) {
        String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        return unique(local + "@" + domain);
    }

    private String unique(String email) {
        String candidate = email;
        for (int n = 2; !usedEmails.add(candidate); n++) {
            candidate = email.replace("@", n + "@");
        }
        return candidate;
    }

    private List<String> numbers(String prefix) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            numbers.add(prefix + String.format(Locale.ROOT, "%03d", i));
        }
        Collections.shuffle(numbers, new java.util.Random(dice.between(0, Integer.MAX_VALUE - 1)));
        return numbers;
    }

    private static String takeNumber(List<String> numbers) {
        return numbers.removeLast();
    }
}
