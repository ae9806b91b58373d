// Catalog search benchmark: the backoffice product list and text search through IProductAppService, on a
// database of its own (commerce_bench), with one tenant of 25,000 products x 4 variants alone (phase 1), then
// with 1,000 other tenants of 100 products x 2 variants beside it (phase 2); last, the same calls alternate between
// that database and commerce_bench_alone (the tenant alone) for the tenant-count ratio. See etc/benchmarks/README.md.
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Commerce;
using Commerce.Catalog.Products;
using Commerce.EntityFrameworkCore;
using Commerce.EntityFrameworkCore.Identity;
using Commerce.EntityFrameworkCore.Schema;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.Permissions;
using Commerce.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
const string Database = "commerce_bench";
var ownerBase = Environment.GetEnvironmentVariable("ConnectionStrings__Migrator")
    ?? throw new InvalidOperationException("ConnectionStrings__Migrator is not set; etc/scripts/postgres.sh env prints it.");
var appBase = Environment.GetEnvironmentVariable("ConnectionStrings__Default")
    ?? throw new InvalidOperationException("ConnectionStrings__Default is not set; etc/scripts/postgres.sh env prints it.");
var owner = new NpgsqlConnectionStringBuilder(ownerBase) { Database = Database, Pooling = false, CommandTimeout = 0 }.ConnectionString;
var app = new NpgsqlConnectionStringBuilder(appBase) { Database = Database }.ConnectionString;

var targetTenant = Guid.Parse("0b000000-0000-4000-8000-000000000001");
var targetOwner = Guid.Parse("0b000000-0000-4000-8000-0000000000a1");

// 1-2. A fresh, migrated database without demo data, holding the target tenant's catalog and its owner role's
// grants, loaded set-based as the owner; and a second one just like it (the reference for the interleaved run).
var clock = Stopwatch.StartNew();
foreach (var name in new[] { Database, Database + "_alone" })
{
    clock.Restart();
    await using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ownerBase) { Database = "postgres", Pooling = false }.ConnectionString))
    {
        await server.OpenAsync();
        await Exec(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await Exec(server, $"CREATE DATABASE {name}");
    }

    var nameOwner = new NpgsqlConnectionStringBuilder(owner) { Database = name }.ConnectionString;
    await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance)
        .MigrateAsync(nameOwner, new NpgsqlConnectionStringBuilder(app) { Database = name }.ConnectionString, default);
    await using (var db = new NpgsqlConnection(nameOwner))
    {
        await db.OpenAsync();
        await LoadTenantsAsync(db, [targetTenant], products: 25_000, variants: 4);
        // VACUUM as well: it empties the GIN indexes' pending lists and sets the visibility map, the state autovacuum
        // leaves a catalog in; right after a bulk load, searches scan the pending list and run several times slower.
        await Exec(db, "VACUUM ANALYZE");
        Console.Write($"{name}:");
        await PrintCountsAsync(db);
    }

    Console.WriteLine($"{name} migrated and loaded in {clock.Elapsed.TotalSeconds:F1} s");
}

// 3. The real application path, as the target tenant's owner.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
builder.Logging.AddFilter<CommandCapture>("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
builder.Logging.AddProvider(new CommandCapture());
builder.Services.AddCommerceApplication();
builder.Services.AddCommerceEntityFrameworkCore(app);
builder.Services.AddCommerceIdentityCore();
using var host = builder.Build();
IHost? aloneHost = null;

var principal = new ClaimsPrincipal(new ClaimsIdentity(
    [
        new(CommerceClaimTypes.UserId, targetOwner.ToString()), new(CommerceClaimTypes.TenantId, targetTenant.ToString()),
        new(CommerceClaimTypes.UserName, "owner@bench.test"), new(CommerceClaimTypes.Role, CommerceRoleNames.Owner),
    ], "Bench", CommerceClaimTypes.UserName, CommerceClaimTypes.Role));

// One misspelled word per query (two, as in "cotten shrit", fall below the 0.4 word-similarity threshold and find
// nothing); each matches 30 to 1,900 of the 25,000 products, all of which the relevance order has to rank.
string[] typos = ["cotten shirt", "cotton shrit", "lether jaket", "wool sweter", "linnen trousrs", "velvat blazr", "cashmeer", "tshrit"];
var queries = new (string Name, Func<int, GetProductListInput> Input)[]
{
    ("a. default list (20 newest)", _ => new GetProductListInput { MaxResultCount = 20 }),
    ("b. text search with a typo", i => new GetProductListInput { Filter = typos[i % typos.Length], MaxResultCount = 20 }),
    ("c. status Active, by price", _ => new GetProductListInput { Status = ProductStatus.Active, Sort = ProductSort.Price, MaxResultCount = 20 }),
};

CommandCapture.Commands = [];
await CallAsync(queries[1].Input(0));
Console.WriteLine();
Console.WriteLine($"The SQL of one search ('{typos[0]}') as EF Core sends it:");
foreach (var command in CommandCapture.Commands)
    Console.WriteLine("  " + command.ReplaceLineEndings(Environment.NewLine + "  "));
CommandCapture.Commands = null;

var phase1 = await MeasureAsync("phase 1: target tenant alone");
await ExplainAsync();

// The reference for the interleaved comparison after phase 2: the second database, which stays as phase 1 was.
var aloneBuilder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
aloneBuilder.Logging.ClearProviders();
aloneBuilder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
aloneBuilder.Services.AddCommerceApplication();
aloneBuilder.Services.AddCommerceEntityFrameworkCore(new NpgsqlConnectionStringBuilder(appBase) { Database = Database + "_alone" }.ConnectionString);
aloneBuilder.Services.AddCommerceIdentityCore();
aloneHost = aloneBuilder.Build();

clock.Restart();
await using (var db = new NpgsqlConnection(owner))
{
    await db.OpenAsync();
    var others = Enumerable.Range(1, 1000).Select(t => Guid.Parse($"0c000000-0000-4000-8000-{t:D12}")).ToArray();
    await LoadTenantsAsync(db, others, products: 100, variants: 2);
    // VACUUM as well: it empties the GIN indexes' pending lists and sets the visibility map, the state autovacuum
    // leaves a catalog in; right after a bulk load, searches scan the pending list and run several times slower.
    await Exec(db, "VACUUM ANALYZE");
    await PrintCountsAsync(db);
}

Console.WriteLine($"phase 2 data loaded in {clock.Elapsed.TotalSeconds:F1} s");
var phase2 = await MeasureAsync("phase 2: with 1,000 other tenants");
await ExplainAsync();

Console.WriteLine();
Console.WriteLine("phase 2 / phase 1 (mean, p50, p95, p99):");
foreach (var (name, _) in queries)
{
    var (a, b) = (phase1[name], phase2[name]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {name,-30} {b.Mean / a.Mean:F2}x  {b.P50 / a.P50:F2}x  {b.P95 / a.P95:F2}x  {b.P99 / a.P99:F2}x"));
}

// The sequential phases above run minutes apart on a shared machine. Here the same calls alternate, one by one,
// between the phase-2 database and a copy of the phase-1 database, so both see the same machine load.
Console.WriteLine();
Console.WriteLine($"interleaved: {runs} calls per query on each database, alternating (after 30 warm-up each), single caller");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"query",-30} {"database",-22} {"mean",8} {"p50",8} {"p95",8} {"p99",8}   (ms)"));
foreach (var (name, input) in queries)
{
    for (var i = 0; i < 30; i++)
    {
        await CallAsync(input(i), aloneHost);
        await CallAsync(input(i));
    }

    var alone = new List<double>(runs);
    var shared = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        foreach (var first in i % 2 == 0 ? new[] { true, false } : [false, true])
        {
            var started = Stopwatch.GetTimestamp();
            await CallAsync(input(i), first ? aloneHost : null);
            (first ? alone : shared).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    var (a, b) = (Stats.Of(alone), Stats.Of(shared));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-30} {"tenant alone",-22} {a}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"",-30} {"+ 1,000 other tenants",-22} {b}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {"",-30} {"ratio",-22} {b.Mean / a.Mean,7:F2}x {b.P50 / a.P50,7:F2}x {b.P95 / a.P95,7:F2}x {b.P99 / a.P99,7:F2}x"));
}

aloneHost.Dispose();
NpgsqlConnection.ClearAllPools();
await using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ownerBase) { Database = "postgres", Pooling = false }.ConnectionString))
{
    await server.OpenAsync();
    await Exec(server, $"DROP DATABASE IF EXISTS {Database}_alone WITH (FORCE)");
}

return;

async Task<Dictionary<string, Stats>> MeasureAsync(string title)
{
    Console.WriteLine();
    Console.WriteLine($"{title}: {runs} runs per query after 30 warm-up, single caller; then 4 concurrent callers x {runs / 4}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"query",-30} {"total",7} {"mean",8} {"p50",8} {"p95",8} {"p99",8}   (ms)"));
    var result = new Dictionary<string, Stats>();
    foreach (var (name, input) in queries)
    {
        long total = 0;
        for (var i = 0; i < 30; i++)
            total = (await CallAsync(input(i))).Total;
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await CallAsync(input(i));
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var stats = Stats.Of(times);
        result[name] = stats;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-30} {(name.StartsWith('b') ? "varies" : total.ToString(CultureInfo.InvariantCulture)),7} {stats}"));

        var concurrent = new List<double>(runs);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(c => Task.Run(async () =>
        {
            for (var i = 0; i < runs / 4; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await CallAsync(input(c * 7 + i));
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (concurrent)
                    concurrent.Add(elapsed);
            }
        })));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"  4 concurrent callers",-30} {"",7} {Stats.Of(concurrent)}"));
    }

    Console.WriteLine($"  the search per typo ({runs / 8} runs each, single caller; total = matching products):");
    foreach (var typo in typos)
    {
        var total = (await CallAsync(new GetProductListInput { Filter = typo, MaxResultCount = 20 })).Total;
        var times = new List<double>();
        for (var i = 0; i < runs / 8; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await CallAsync(new GetProductListInput { Filter = typo, MaxResultCount = 20 });
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {'"' + typo + '"',-28} {total,7} {Stats.Of(times)}"));
    }

    return result;
}

async Task<(long Total, int Count)> CallAsync(GetProductListInput input, IHost? on = null)
{
    await using var scope = (on ?? host).Services.CreateAsyncScope();
    var services = scope.ServiceProvider;
    using var tenant = services.GetRequiredService<ICurrentTenant>().Change(targetTenant);
    using var user = services.GetRequiredService<ICurrentPrincipalAccessor>().Change(principal);
    var page = await services.GetRequiredService<IProductAppService>().GetListAsync(input, default);
    if (input.Filter is not null && page.Items.Count == 0)
        throw new InvalidOperationException($"'{input.Filter}' found nothing");
    return (page.TotalCount, page.Items.Count);
}

// The search's two statements as EF Core sends them (count, then the ordered page), as the application role.
async Task ExplainAsync()
{
    await ExplainTypoAsync("cotten shirt");
    await ExplainTypoAsync("wool sweter");
}

async Task ExplainTypoAsync(string typo)
{
    var fuzzyText = typo;
    var words = string.Join(" & ", typo.Split(' ').Select(w => w + ":*"));
    await using var db = new NpgsqlConnection(app);
    await db.OpenAsync();
    await using var tx = await db.BeginTransactionAsync();
    await Exec(db, $"SET LOCAL commerce.tenant_id = '{targetTenant}'");
    await Exec(db, "SELECT set_config('pg_trgm.word_similarity_threshold', '0.4', true)");
    var where = $"""
        FROM catalog.products AS p
        WHERE p.tenant_id = '{targetTenant}' AND NOT (p.is_deleted)
          AND (p.search_vector @@ to_tsquery('simple', '{words}') OR catalog.fuzzy_match('{fuzzyText}', p.fuzzy_text))
        """;
    foreach (var sql in new[]
             {
                 $"SELECT count(*)::bigint {where}",
                 $"""
                  SELECT p.id {where}
                  ORDER BY p.search_vector @@ to_tsquery('simple', '{words}') DESC,
                    ts_rank(p.search_vector, to_tsquery('simple', '{words}')) DESC,
                    word_similarity('{fuzzyText}', p.fuzzy_text) DESC, p.id
                  LIMIT 20 OFFSET 0
                  """,
             })
    {
        Console.WriteLine();
        Console.WriteLine($"EXPLAIN (ANALYZE, BUFFERS) of '{typo}' as the application role, commerce.tenant_id set:");
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, db, tx);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            Console.WriteLine("  " + reader.GetString(0));
    }
}

static async Task Exec(NpgsqlConnection db, string sql)
{
    await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 0 };
    await command.ExecuteNonQueryAsync();
}

static async Task PrintCountsAsync(NpgsqlConnection db)
{
    await using var command = new NpgsqlCommand(
        "SELECT (SELECT count(DISTINCT tenant_id) FROM catalog.products), (SELECT count(*) FROM catalog.products), (SELECT count(*) FROM catalog.product_variants)", db);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    Console.WriteLine($"  {reader.GetInt64(0)} tenants, {reader.GetInt64(1)} products, {reader.GetInt64(2)} variants");
}

// Titles "{Adjective} {Material} {Noun}" from word lists; handle the slug plus the number; SKUs
// "{NOU}-{number}-{size}"; search_text and fuzzy_text exactly as ProductSearchText makes them.
static async Task LoadTenantsAsync(NpgsqlConnection db, Guid[] tenants, int products, int variants)
{
    string[] permissions = CommercePermissionDefinitions.ForSide(PermissionSide.Tenant).Select(p => p.Name).ToArray();
    await using (var grants = new NpgsqlCommand("""
        INSERT INTO identity.permission_grants (id, tenant_id, name, provider_name, provider_key)
        SELECT gen_random_uuid(), t, n, @provider, @role FROM unnest(@tenants) AS t, unnest(@names) AS n
        """, db))
    {
        grants.Parameters.AddWithValue("tenants", tenants);
        grants.Parameters.AddWithValue("names", permissions);
        grants.Parameters.AddWithValue("provider", PermissionGrantConsts.RoleProvider);
        grants.Parameters.AddWithValue("role", CommerceRoleNames.Owner);
        await grants.ExecuteNonQueryAsync();
    }

    const string Words = """
        WITH w AS (SELECT
          ARRAY['Classic','Slim','Relaxed','Vintage','Modern','Organic','Premium','Soft','Rugged','Light','Heavy','Cozy',
                'Essential','Urban','Coastal','Alpine','Everyday','Tailored','Oversized','Cropped','Washed','Brushed',
                'Quilted','Ribbed','Striped','Plain','Graphic','Athletic','Heritage','Bold'] AS adj,
          ARRAY['Cotton','Linen','Wool','Leather','Denim','Silk','Cashmere','Velvet','Canvas','Suede','Fleece','Jersey',
                'Corduroy','Nylon','Bamboo','Hemp','Merino','Satin','Tweed','Flannel'] AS mat,
          ARRAY['Shirt','T-Shirt','Jacket','Sweater','Trousers','Scarf','Blazer','Sneakers','Hoodie','Dress','Skirt',
                'Shorts','Coat','Vest','Cardigan','Polo','Jeans','Chinos','Beanie','Gloves','Socks','Boots','Belt','Cap',
                'Tote','Backpack','Pajamas','Robe','Parka','Loafers','Sandals','Tunic','Blouse','Jumpsuit','Leggings',
                'Poncho','Kimono','Overshirt','Gilet','Windbreaker','Anorak'] AS noun,
          ARRAY['XS','S','M','L','XL','XXL'] AS size,
          ARRAY['men','women','kids','sale','new','summer','winter','basics','outdoor','gift'] AS tag)
        """;
    // Products: i walks the three lists at coprime strides so that the combinations vary.
    var productSql = Words + """
        , g AS (
          SELECT t AS tenant_id, i,
                 md5(t::text || ':' || i)::uuid AS id,
                 w.adj[1 + i % 30] || ' ' || w.mat[1 + (i / 30) % 20] || ' ' || w.noun[1 + (i * 7 + i / 600) % 41] AS title,
                 upper(left(regexp_replace(w.noun[1 + (i * 7 + i / 600) % 41], '[^A-Za-z]', '', 'g'), 3)) AS code,
                 ARRAY[w.tag[1 + i % 10], w.tag[1 + (i / 10) % 10]] AS tags,
                 (SELECT array_agg(w2.size[1 + (v + i) % 6] ORDER BY v) FROM generate_series(0, @variants - 1) v, w w2) AS sizes,
                 round((9.5 + (i * 37 % 2000) / 10.0)::numeric, 2) AS price
          FROM unnest(@tenants) AS t, generate_series(1, @products) AS i, w),
        s AS (
          SELECT g.*, lower(regexp_replace(title, '[^A-Za-z0-9]+', '-', 'g')) || '-' || i AS handle,
                 (SELECT array_agg(code || '-' || lpad(i::text, 5, '0') || '-' || z ORDER BY o) FROM unnest(sizes) WITH ORDINALITY AS u(z, o)) AS skus
          FROM g)
        INSERT INTO catalog.products (id, tenant_id, title, handle, status, tags, store_ids, attribute_values, min_price, options,
                                      fuzzy_text, search_text, creation_time, is_deleted)
        SELECT id, tenant_id, title, handle, CASE WHEN i % 10 = 0 THEN 'Draft' ELSE 'Active' END, tags, '{}', '[]', price, '[]',
               trim(regexp_replace(regexp_replace(lower(title || ' ' || array_to_string(skus, ' ')), '[-''’.]', '', 'g'), '\s+', ' ', 'g')),
               title || ' ' || handle || ' ' || array_to_string(tags, ' ') || ' ' || array_to_string(skus, ' '),
               timestamptz '2026-01-01' + i * interval '5 minutes', false
        FROM s
        """;
    var variantSql = Words + """
        INSERT INTO catalog.product_variants (id, tenant_id, product_id, sku, price, position, option1, is_deleted)
        SELECT md5(p.tenant_id::text || ':' || p.id::text || ':' || v)::uuid, p.tenant_id, p.id,
               split_part(p.search_text, ' ', array_length(regexp_split_to_array(p.search_text, ' '), 1) - @variants + 1 + v),
               p.min_price + v * 2, v, split_part(split_part(p.search_text, ' ', array_length(regexp_split_to_array(p.search_text, ' '), 1) - @variants + 1 + v), '-', 3), false
        FROM catalog.products p, generate_series(0, @variants - 1) v
        WHERE p.tenant_id = ANY(@tenants)
        """;
    foreach (var sql in new[] { productSql, variantSql })
    {
        await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("tenants", tenants);
        command.Parameters.AddWithValue("products", products);
        command.Parameters.AddWithValue("variants", variants);
        await command.ExecuteNonQueryAsync();
    }
}

internal sealed record Stats(double Mean, double P50, double P95, double P99)
{
    public static Stats Of(List<double> times)
    {
        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        return new Stats(times.Average(), At(0.50), At(0.95), At(0.99));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Mean,8:F2} {P50,8:F2} {P95,8:F2} {P99,8:F2}");
}

/// <summary>Records EF Core's executed commands while <see cref="Commands"/> is set; the benchmark itself logs nothing.</summary>
internal sealed class CommandCapture : ILoggerProvider, ILogger
{
    public static List<string>? Commands { get; set; }

    public ILogger CreateLogger(string categoryName) => categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => Commands is not null && logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (Commands is { } commands && eventId.Name?.EndsWith("CommandExecuted", StringComparison.Ordinal) == true)
            commands.Add(formatter(state, exception));
    }

    public void Dispose()
    {
    }
}
