namespace Commerce.Catalog.DemoCatalog;

/// <summary>What the demo shop sells: a category tree, product lines per category, and the colors they come in.</summary>
internal static class DemoCatalogData
{
    public static readonly string[] Collections = ["Classic", "Essential", "Heritage", "Everyday", "Trail", "Harbor", "Summit", "Field"];

    public static readonly (string Name, string Hex)[] Colors =
    [
        ("Black", "#222222"), ("Navy", "#1e2a4a"), ("Olive", "#5b6236"), ("Rust", "#b4532a"), ("Sand", "#cdb991"),
        ("Forest", "#2f4f3a"), ("Burgundy", "#6d1f2f"), ("Heather Grey", "#8f9296"), ("Sky", "#6f9cc3"), ("Cream", "#ece4d2"),
    ];

    public static readonly DemoCategory[] Categories =
    [
        new("Apparel", null, "Clothing for the city and the trail."),
        new("T-Shirts", "Apparel", "Soft, sturdy everyday tees."),
        new("Hoodies", "Apparel", "Fleece and knit layers."),
        new("Jackets", "Apparel", "Shells, liners and jackets for every season."),
        new("Footwear", null, "Shoes and boots built to last."),
        new("Sneakers", "Footwear", null),
        new("Boots", "Footwear", null),
        new("Accessories", null, "The small things that finish an outfit."),
        new("Bags", "Accessories", null),
        new("Hats", "Accessories", null),
        new("Socks", "Accessories", null),
        new("Home", null, "Goods for slow mornings."),
        new("Mugs", "Home", null),
        new("Candles", "Home", null),
    ];

    private static readonly string[] ApparelSizes = ["S", "M", "L", "XL"];
    private static readonly string[] ShoeSizes = ["40", "41", "42", "43", "44"];

    public static readonly DemoProductLine[] Lines =
    [
        new("T-Shirts", "Organic Cotton T-Shirt", 28m, 180, DemoShape.Shirt, ApparelSizes, "Soft organic cotton jersey with a relaxed fit."),
        new("T-Shirts", "Heavyweight Pocket Tee", 34m, 220, DemoShape.Shirt, ApparelSizes, "A boxy, heavyweight tee with a chest pocket."),
        new("T-Shirts", "Slub Crew Tee", 24m, 160, DemoShape.Shirt, ApparelSizes, "Textured slub cotton that gets better with every wash."),
        new("T-Shirts", "Long Sleeve Henley", 39m, 240, DemoShape.Shirt, ApparelSizes, "Three-button henley in brushed cotton."),
        new("T-Shirts", "Merino Base Tee", 59m, 150, DemoShape.Shirt, ApparelSizes, "Fine merino wool that breathes on long days outside."),
        new("Hoodies", "Fleece Pullover Hoodie", 69m, 520, DemoShape.Shirt, ApparelSizes, "Brushed-back fleece with a lined hood."),
        new("Hoodies", "Zip Hoodie", 74m, 540, DemoShape.Shirt, ApparelSizes, "Full-zip hoodie with metal hardware."),
        new("Hoodies", "Waffle Knit Crew", 64m, 420, DemoShape.Shirt, ApparelSizes, "Thermal waffle knit for layering."),
        new("Jackets", "Waxed Cotton Jacket", 189m, 1100, DemoShape.Jacket, ApparelSizes, "Water-resistant waxed cotton with a corduroy collar."),
        new("Jackets", "Packable Rain Shell", 129m, 320, DemoShape.Jacket, ApparelSizes, "Seam-sealed shell that packs into its own pocket."),
        new("Jackets", "Quilted Liner Jacket", 109m, 480, DemoShape.Jacket, ApparelSizes, "Light insulation for cool mornings."),
        new("Jackets", "Denim Trucker Jacket", 98m, 900, DemoShape.Jacket, ApparelSizes, "Rigid selvedge denim that fades with you."),
        new("Sneakers", "Canvas Low Sneaker", 65m, 800, DemoShape.Shoe, ShoeSizes, "Vulcanized canvas sneaker with a cushioned insole."),
        new("Sneakers", "Leather Court Sneaker", 119m, 950, DemoShape.Shoe, ShoeSizes, "Full-grain leather on a stitched cup sole."),
        new("Sneakers", "Trail Runner", 139m, 700, DemoShape.Shoe, ShoeSizes, "Grippy lugged outsole and a breathable mesh upper."),
        new("Boots", "Chelsea Boot", 179m, 1300, DemoShape.Shoe, ShoeSizes, "Suede Chelsea boot with elastic gores."),
        new("Boots", "Lace-Up Hiking Boot", 199m, 1500, DemoShape.Shoe, ShoeSizes, "Waterproof hiking boot with ankle support."),
        new("Bags", "Canvas Tote", 45m, 600, DemoShape.Bag, null, "Heavy canvas tote with leather handles."),
        new("Bags", "Roll-Top Backpack", 119m, 1100, DemoShape.Bag, null, "Weatherproof roll-top pack with a laptop sleeve."),
        new("Bags", "Crossbody Sling", 59m, 350, DemoShape.Bag, null, "A small sling for the essentials."),
        new("Hats", "Wool Beanie", 29m, 90, DemoShape.Hat, null, "Ribbed lambswool beanie."),
        new("Hats", "Six-Panel Cap", 32m, 110, DemoShape.Hat, null, "Washed cotton cap with a brass buckle."),
        new("Socks", "Merino Hiking Socks", 22m, 80, DemoShape.Sock, ["S/M", "L/XL"], "Cushioned merino socks for long walks."),
        new("Socks", "Cotton Crew Socks", 14m, 60, DemoShape.Sock, ["S/M", "L/XL"], "Everyday crew socks in combed cotton."),
        new("Mugs", "Enamel Camp Mug", 19m, 250, DemoShape.Mug, null, "Speckled enamel mug for coffee by the fire."),
        new("Mugs", "Stoneware Mug", 24m, 380, DemoShape.Mug, null, "Hand-glazed stoneware, dishwasher safe."),
        new("Candles", "Cedar & Sage Candle", 32m, 420, DemoShape.Candle, null, "Soy wax candle with notes of cedar and sage."),
        new("Candles", "Sea Salt Candle", 32m, 420, DemoShape.Candle, null, "A clean, coastal scent in a reusable glass."),
    ];
}

internal sealed record DemoCategory(string Name, string? Parent, string? Description);

/// <summary>A product line; each collection makes one product of it, in a few colors and the line's sizes (if any).</summary>
internal sealed record DemoProductLine(string Category, string Name, decimal Price, int WeightGrams, DemoShape Shape, string[]? Sizes, string Description);

internal enum DemoShape
{
    Shirt,
    Jacket,
    Shoe,
    Bag,
    Hat,
    Sock,
    Mug,
    Candle,
}
