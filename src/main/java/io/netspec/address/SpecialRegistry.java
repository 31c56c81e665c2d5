package io.netspec.address;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IANA IPv4 and IPv6 special-purpose address registries and the IPv4 multicast blocks, read
 * from the data files shipped in this package. Immutable; {@link #iana()} is loaded once.
 *
 * <p>Finding the most specific block is a table lookup: blocks are grouped by the first 16 bits
 * of the addresses they cover, most specific first, with each block's network and mask held as
 * plain longs, so most addresses are checked against no block at all and none against more than
 * a handful, without allocating.
 */
final class SpecialRegistry {
    static final String IPV4 = "iana-ipv4-special-registry.csv";
    static final String IPV6 = "iana-ipv6-special-registry.csv";
    static final String MULTICAST = "iana-ipv4-multicast-blocks.csv";

    private final List<SpecialBlock> ipv4Blocks;
    private final List<SpecialBlock> ipv6Blocks;
    private final List<MulticastBlock> multicastBlocks;
    private final String ipv4Date;
    private final String ipv6Date;
    private final String multicastDate;
    private final Entry[][] ipv4ByFirst16Bits = new Entry[1 << 16][];
    private final Entry[][] ipv6ByFirst16Bits = new Entry[1 << 16][];

    /** A block with what it implies for its addresses, its ancestors' traits included. */
    record Entry(SpecialBlock block, int traits, boolean global, long networkHigh, long networkLow, long maskHigh,
                 long maskLow) {
        boolean contains(long high, long low) {
            return ((high ^ networkHigh) & maskHigh) == 0 && ((low ^ networkLow) & maskLow) == 0;
        }
    }

    private static final class Holder {
        static final SpecialRegistry IANA = new SpecialRegistry(Csv.load(IPV4), Csv.load(IPV6), Csv.load(MULTICAST));
    }

    public static SpecialRegistry iana() {
        return Holder.IANA;
    }

    private SpecialRegistry(Csv ipv4, Csv ipv6, Csv multicast) {
        ipv4Date = ipv4.comment("registry");
        ipv6Date = ipv6.comment("registry");
        multicastDate = multicast.comment("registry");
        ipv4Blocks = blocks(ipv4, "IANA IPv4 Special-Purpose Address Registry (" + ipv4Date + ")");
        ipv6Blocks = blocks(ipv6, "IANA IPv6 Special-Purpose Address Registry (" + ipv6Date + ")");
        multicastBlocks = multicastBlocks(multicast);
        index(ipv4Blocks, ipv4ByFirst16Bits, 32);
        index(ipv6Blocks, ipv6ByFirst16Bits, 128);
    }

    public List<SpecialBlock> ipv4Blocks() {
        return ipv4Blocks;
    }

    public List<SpecialBlock> ipv6Blocks() {
        return ipv6Blocks;
    }

    public List<MulticastBlock> ipv4MulticastBlocks() {
        return multicastBlocks;
    }

    /** "created 2009-08-19, last updated ..." as the data file states it. */
    public String ipv4RegistryDate() {
        return ipv4Date;
    }

    public String ipv6RegistryDate() {
        return ipv6Date;
    }

    /** "last updated ..." of the IPv4 multicast address space registry, as the data file states it. */
    public String ipv4MulticastRegistryDate() {
        return multicastDate;
    }

    /** The most specific special-purpose block containing {@code address}, or null. */
    public SpecialBlock mostSpecific(IpAddress address) {
        Entry entry = entry(address);
        return entry == null ? null : entry.block();
    }

    /** The block an IPv4 multicast address falls in, or null. */
    public MulticastBlock multicastBlock(IpAddress address) {
        if (!address.isIpv4()) {
            return null;
        }
        for (MulticastBlock block : multicastBlocks) {
            if (block.contains(address)) {
                return block;
            }
        }
        return null;
    }

    Entry entry(IpAddress address) {
        long high = address.high();
        long low = address.low();
        Entry[] candidates = address.isIpv4()
                ? ipv4ByFirst16Bits[(int) (low >>> 16)]
                : ipv6ByFirst16Bits[(int) (high >>> 48)];
        if (candidates == null) {
            return null;
        }
        for (Entry candidate : candidates) {
            if (candidate.contains(high, low)) {
                return candidate;
            }
        }
        return null;
    }

    private static void index(List<SpecialBlock> blocks, Entry[][] byFirst16Bits, int bits) {
        List<SpecialBlock> specificFirst = new ArrayList<>(blocks);
        specificFirst.sort(Comparator.comparingInt((SpecialBlock b) -> b.cidr().length()).reversed());
        List<Entry> entries = new ArrayList<>();
        for (SpecialBlock block : specificFirst) {
            entries.add(entry(block, specificFirst));
        }
        Map<List<Entry>, Entry[]> shared = new HashMap<>();
        for (int key = 0; key < byFirst16Bits.length; key++) {
            List<Entry> here = new ArrayList<>();
            for (Entry entry : entries) {
                if (coversFirst16Bits(entry.block().cidr(), key, bits)) {
                    here.add(entry);
                }
            }
            byFirst16Bits[key] = here.isEmpty() ? null : shared.computeIfAbsent(here, h -> h.toArray(new Entry[0]));
        }
    }

    /**
     * Traits are the block's own and those of every block containing it. "Globally reachable" is
     * the block's column; where IANA says N/A or nothing, the next larger block containing it
     * decides, and with none the address is reachable (as an address in no block is).
     */
    private static Entry entry(SpecialBlock block, List<SpecialBlock> specificFirst) {
        int traits = 0;
        Boolean global = block.globallyReachableValue();
        for (SpecialBlock other : specificFirst) {
            if (other.cidr().contains(block.cidr())) {
                traits |= Trait.ofBlockName(other.name());
                if (global == null && other.cidr().length() < block.cidr().length()) {
                    global = other.globallyReachableValue();
                }
            }
        }
        Cidr cidr = block.cidr();
        boolean v4 = cidr.network().isIpv4();
        return new Entry(block, traits, global == null || global, cidr.network().high(), cidr.network().low(),
                v4 ? 0 : Cidr.maskHigh(cidr.length()), v4 ? Cidr.mask4(cidr.length()) : Cidr.maskLow(cidr.length()));
    }

    private static boolean coversFirst16Bits(Cidr cidr, int key, int bits) {
        long network = bits == 32 ? cidr.network().low() >>> 16 : cidr.network().high() >>> 48;
        if (cidr.length() >= 16) {
            return network == key;
        }
        int free = 16 - cidr.length();
        return (network >>> free) == (key >>> free);
    }

    private static List<SpecialBlock> blocks(Csv csv, String registry) {
        List<SpecialBlock> blocks = new ArrayList<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            Map<String, String> row = csv.row(i);
            String cell = row.get("Address Block");
            for (String one : cell.split(",")) {
                Cidr cidr = Cidr.parse(one.replaceAll("\\[\\d+]", "").strip());
                blocks.add(new SpecialBlock(cidr, cell, row.get("Name"), row.get("RFC"), row.get("Allocation Date"),
                        row.get("Termination Date"), row.get("Source"), row.get("Destination"), row.get("Forwardable"),
                        row.get("Globally Reachable"), row.get("Reserved-by-Protocol"), registry));
            }
        }
        return List.copyOf(blocks);
    }

    private static List<MulticastBlock> multicastBlocks(Csv csv) {
        List<MulticastBlock> blocks = new ArrayList<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            Map<String, String> row = csv.row(i);
            String range = row.get("Address Range");
            String[] ends = range.split("-");
            blocks.add(new MulticastBlock(IpAddress.parse(ends[0]), IpAddress.parse(ends[1]), range, row.get("Size"),
                    row.get("Designation"), row.get("Reference")));
        }
        return List.copyOf(blocks);
    }
}
