using Adisteme.Bench;

return await Cli.RunAsync(args, Console.Out);
