/**
 * A naming tradition: given names and surnames that go together, and how
 * often its people write a middle initial. Surnames are partly composed from
 * stems and endings, as many real ones are (Hoff + mann, Yama + moto), which
 * gives pools large enough for millions of distinct people.
 */
export interface Locale {
  readonly name: string;
  /** Share of generated people from this locale (the weights sum to 1). */
  readonly weight: number;
  readonly given: readonly string[];
  readonly surnames: readonly string[];
  readonly middleInitialShare: number;
  /** Given names composed from syllables (Wei + jun), which no nickname table lists. */
  readonly syllabicGiven?: boolean;
}

const words = (text: string): string[] => text.trim().split(/\s+/u);
const compose = (stems: string, endings: string): string[] =>
  words(stems).flatMap((stem) => words(endings).map((ending) => `${stem}${ending}`));
const hyphenate = (names: readonly string[]): string[] =>
  names.flatMap((first) => names.filter((second) => second !== first).map((second) => `${first}-${second}`));

// Short forms (Dan, Tom, Alex, Hans, Lisa) are left out on purpose: the
// identity rules may take "Dan Weld" and "Daniel Weld" for one person, and
// the generated people must stay apart.
const ENGLISH_GIVEN = words(`
  James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
  Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
  Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
  Jack Dennis Jerry Tyler Aaron Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold Jeremy Ethan Carl Keith
  Roger Gerald Christian Terry Sean Arthur Austin Noah Lawrence Jesse Joe Bryan Billy Jordan Albert Dylan Bruce
  Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Mary
  Patricia Jennifer Linda Barbara Susan Jessica Sarah Karen Nancy Margaret Betty Sandra Ashley Dorothy Kimberly
  Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Shirley
  Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet
  Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan
  Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris
  Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella
  Charlotte Rose Alexis Kayla Owen Caleb Miles Colin Graham Trevor Spencer Wesley Clara Fiona Harriet Imogen Leah
`);
const ENGLISH_SURNAMES = [
  ...words(`
    Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Thompson White
    Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell
    Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Peterson
    Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders
    Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons Patterson Jordan
    Reynolds Hamilton Graham Wallace West Cole Hayes Gibson Ellis Stevens Murray Ford Marshall Owens McDonald Harrison
    Kennedy Wells Dixon Hunt Palmer Black Holmes Stone Webb Knight Hawkins Dunn Spencer Gardner Payne Pierce Berry
    Matthews Arnold Wagner Willis Ray Watkins Olson Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Ruiz
    Harper Fox Riley Armstrong Carpenter Weaver Greene Lawrence Elliott Chapman Sims Montgomery Richards Williamson
    Johnston Banks Meyer Bishop McCoy Howell Morrison Hansen Harvey Little Burton Stanley Nguyen George Jacobs Reid
    O'Brien O'Connor O'Neill McCarthy Fitzgerald Gallagher Donnelly Brennan Doyle Quinn Walsh Byrne Kavanagh
  `),
  ...compose(
    'Ash Black Brad Craw Whit Hart Went Ather Bram Cald Chester Dal Dun Elm Fair Fen Glad Hal Hay Hol Kings Lang Lyn Mar Mid Mill New Nor Oak Pem Red Ring Rad Sal Shel Stan Stock Thorn Wake Wal Wes Win Wood Wor Bur Carl Dar Ed Ever Fal Gar Har Her Hex Kel Lind Lock Mel Pen Rox Rut Sed Sher Stow Sut Thur Tor Ux Wens',
    'ford ley ton field well wood by worth wick more stead bury ham combe dale hurst land brook shaw stone ridge gate holt croft mere',
  ),
];

const GERMAN_GIVEN = words(`
  Jürgen Klaus Wolfgang Günter Stefan Andreas Michael Thomas Frank Bernd Uwe Dieter Matthias Markus Ralf Torsten
  Jörg Dirk Sven Lars Tobias Florian Sebastian Jens Christoph Martin Alexander Philipp Moritz Felix Lukas Jonas Leon
  Niklas Julian Fabian Benedikt Maximilian Dominik Marcel Oliver Rainer Manfred Holger Norbert Heinz Werner Volker
  Hartmut Ulrich Reinhard Gerhard Helmut Ingo Kai Till Malte Jannik Björn Henrik Ursula Monika Sabine Petra Gabriele
  Andrea Claudia Susanne Birgit Karin Heike Anja Katrin Kerstin Silke Nicole Stefanie Julia Katharina Christina
  Johanna Lena Lea Hannah Laura Sophie Marie Charlotte Franziska Miriam Jana Svenja Ute Dörte Gudrun Renate Ines
  Annika Carolin Friederike Henrike Wiebke Maren Antje Jutta
`);
const GERMAN_SURNAMES = [
  ...words(`
    Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf
    Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann
    Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn
    Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster
    Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt
    Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold
    Wolff Pfeiffer Oberhänsli Gößling Brückner Nägele Düring
  `),
  ...compose(
    'Ober Unter Alt Neu Stein Berg Wald Feld Hoch Lind Rosen Eichen Tannen Brun Kirch Mühl Bach Hart Grün Weiß Schwarz Rot Kalt Warm Sonnen Mond Stern Hirsch Fuchs Wolfs Adler Falken Ehren Fried Gott Heil Lieb Reich Stark Wester Oster Norden Süder',
    'mann berger feld hauser bach meier hofer bauer egger huber thaler wald stein brunner reiter linger städter müller hagen',
  ),
];

const FRENCH_GIVEN = words(`
  François Jean-Pierre Jean-Luc Pierre Jacques Michel Philippe Alain Bernard Éric Frédéric Laurent Olivier Sébastien
  Nicolas Julien Thierry Christophe Stéphane Guillaume Antoine Mathieu Hugo Lucas Théo Louis Clément Benoît Rémi
  Jérôme Cédric Damien Gaël Yann Loïc Hervé Gérard Didier Pascal Xavier Arnaud Vincent Bruno Denis Étienne Gilles
  Marie Nathalie Isabelle Sylvie Catherine Françoise Valérie Sandrine Véronique Christine Céline Stéphanie Aurélie
  Émilie Camille Léa Manon Chloé Inès Julie Pauline Mathilde Élodie Hélène Agnès Claire Anne-Sophie Marie-Claude
  Brigitte Dominique Florence Juliette Margaux Océane Noémie Solène Gaëlle Maëlle Anaïs Lucie Amélie Béatrice
`);
const FRENCH_SURNAMES = [
  ...words(`
    Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David
    Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand
    Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont
    Lopez Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche
    Roy Noël Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt Leroux
    Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard
    Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier Rodriguez Dacosta Rivière Benoît Bérenger Thébault
  `),
  ...compose(
    'Beau Bel Bon Belle Mont Ville Champ Roche Font Cour Haut Bois Val Grand Clair Mar Lan Ber Char Dau Fer Gas Lar Mor Pon Sau Tal Vau',
    'champ mont fort ville court lieu val mare bois pré',
  ),
];

const SPANISH_GIVEN = words(`
  José Juan Carlos Luis Javier Francisco Antonio Manuel Miguel Pedro Alejandro Fernando Jorge Ricardo Sergio Pablo
  Andrés Diego Raúl Rubén Álvaro Óscar Iván Adrián Gonzalo Ignacio Rodrigo Santiago Mateo Emilio Ramón Joaquín Héctor
  Hernán Martín Agustín Tomás Nicolás Sebastián Felipe Esteban Julián Gustavo Eduardo Alberto Enrique Rafael Víctor
  Jesús Lucía María Carmen Ana Laura Isabel Pilar Rosa Elena Marta Cristina Sofía Paula Sara Beatriz Raquel Silvia
  Patricia Mónica Nuria Alicia Teresa Irene Inés Natalia Claudia Verónica Gabriela Valeria Daniela Camila Mariana
  Florencia Ximena Catalina Paloma Rocío Begoña Montserrat Inmaculada Almudena Ainhoa Itziar Nerea Concepción Soledad
`);
const SPANISH_ROOTS = words(`
  García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno
  Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina
  Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos
  Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega
  Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez
  Ferrer Durán Santiago Benítez Mora Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler
  Parra Esteban Bravo Gallardo Rojas Pardo Merino Franco Espinosa Izquierdo Lara Rivas Silva Rivera Casado Arroyo
  Redondo Camacho Rey Vera Otero Luque Galán Montes Ríos Sierra Segura Carrillo Marcos Marti Soriano Mendoza
  Echeverría Etxeberria Goikoetxea Urquiza Zubizarreta Arrieta Olabarrieta Aguirre Azcárate Ibarra
`);

const PORTUGUESE_GIVEN = words(`
  João António Manuel Francisco Luís Pedro Rui Nuno Tiago Gonçalo Duarte Bruno Ricardo Paulo Sérgio Vítor Hugo
  Fábio Rodrigo Gustavo Leonardo Thiago Rafael Caio Vinícius Marcelo Renato Otávio Cláudio Márcio Fernanda Joana
  Mariana Beatriz Inês Catarina Leonor Matilde Sofia Ana Rita Patrícia Cláudia Mónica Vânia Tânia Luísa Adriana
  Juliana Letícia Camila Larissa Bruna Débora Priscila Aline Tatiana Conceição Graça Fátima Lurdes Glória
`);
const PORTUGUESE_ROOTS = words(`
  Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques
  Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha
  Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simões Antunes Matos Fonseca Machado Araújo Barbosa Tavares Lourenço
  Castro Figueiredo Azevedo Freitas Magalhães Barros Guimarães Assunção Conceição Brandão Falcão Leitão Loureiro
`);

const ITALIAN_GIVEN = words(`
  Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico Bruno Paolo
  Michele Giorgio Aldo Sergio Luciano Stefano Andrea Marco Alessandro Lorenzo Matteo Riccardo Davide Simone Federico
  Fabio Massimo Roberto Enrico Gianluca Emanuele Niccolò Tommaso Edoardo Filippo Maria Anna Giulia Francesca Chiara
  Sara Martina Giorgia Valentina Alessia Elisa Federica Silvia Elena Laura Paola Roberta Daniela Cristina Ilaria
  Beatrice Benedetta Caterina Ludovica Rossella Donatella Graziella Raffaella Lucrezia Serena Marina Fiorenza
`);
const ITALIAN_SURNAMES = [
  ...words(`
    Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Mancini Costa
    Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone
    Longo Gentile Martinelli Vitale Lombardo Serra Coppola DeSantis D'Angelo Marchetti Parisi Villa Conte Ferraro
    Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala DeAngelis Gatti Pellegrini Palumbo Sanna Farina Rizzi
    Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone Rossetti
    Caputo Montanari Guerra Palmieri Bernardi Martino Fiore DeRosa Ferretti Bellini Basile Riva Donati Piras Vitali
    Battaglia Sartori Neri Costantini Milani Pagano Ruggiero Sorrentino D'Amico Orlando Negri
  `),
  ...compose(
    'Bel Bon Buon Cam Car Cas Del Fal Fior Gal Gian Lan Mal Mar Mon Pan Ped Pet Ros San Spa Tor Val Ven Vil Zan Ber Cor',
    'lini etti ucci ari oni ello ino ardi osi uzzi',
  ),
];

const DUTCH_GIVEN = words(`
  Jan Pieter Hendrik Willem Cornelis Johannes Gerrit Dirk Maarten Bas Joost Sander Jeroen Ruud Wouter Thijs Bram Sjoerd
  Floris Joris Koen Stijn Niels Rutger Arjen Marloes Sanne Femke Anouk Lotte Eline Marieke Inge Esther Ingrid Mirjam
  Annelies Anneke Margriet Hanneke Janneke Wilma Geertje Saskia Floor Fleur Roos Iris Noor
`);
const DUTCH_SURNAMES = words(`
  Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Kok Jacobs Vermeulen
  Willems Hoekstra Koster Prins Huisman Postma Kuipers Veenstra Timmermans Groen Bosman Boer Wouters Schouten
  Verhoeven Kramer Molenaar Zwart Kuiper Verbeek Hermans Wijnands Boersma Vermeer Schipper Blom Haan Wolters Maas
  Kloosterman Oosterhuis Wijngaarden IJzerman Ruijter Rietveld Dijkhuis Hofstede Terpstra Zijlstra Hoogland Vroom
  Nieuwenhuis Brinkman Scholten Groenewegen Westerhof Kloppenburg Haverkamp Langeveld Heemskerk Dijksterhuis
`);

const NORDIC_GIVEN = words(`
  Søren Bjørn Jørgen Anders Lars Erik Nils Olav Sven Magnus Henrik Kristian Mikael Jonas Gustav Axel Emil Mattias
  Jukka Mikko Pekka Antti Juha Ville Teemu Sami Jussi Åsa Ingrid Sigrid Astrid Karin Kristin Liv Solveig Hanne
  Mette Signe Maja Ida Elin Linnea Frida Saga Aino Laura Sanna Johanna Päivi Tuula Riikka Hildur Guðrún Þóra
`);
const NORDIC_SURNAMES = [
  ...words(`
    Ström Sjöberg Åberg Öberg Lindqvist Bergström Sandström Nyström Holmström Löfgren Ekström Håkansson Hägglund
    Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen
    Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen
    Jokinen Mattila Savolainen Lahtinen Ahonen Pietikäinen Kärkkäinen Hyvärinen Väisänen Sigurðsson Guðmundsdóttir
    Jóhannsson Þórsdóttir Kristjánsson Halvorsen Kristiansen Pedersen Nielsen Jensen Christensen Rasmussen Sørensen
    Jørgensen Mortensen Kjær Møller Bjørklund Sæther Løvås Haugen Bakken Solberg Engebretsen
  `),
  ...compose(
    'Lind Berg Holm Sand Ny Ek Dahl Hag Fors Sjö Ång Gran Lund Ros Ljung Björk Asp Al Vik Nord Söder Öst Väst Ström Häll Kvist',
    'ström berg gren qvist lund dahl holm blad man',
  ),
];

const SLAVIC_GIVEN = words(`
  Paweł Łukasz Piotr Krzysztof Tomasz Marcin Michał Grzegorz Jakub Wojciech Mateusz Bartosz Kamil Maciej Rafał
  Przemysław Wiesław Zbigniew Jiří Petr Jan Tomáš Pavel Martin Jaroslav Miroslav Zdeněk Václav Ondřej Radek Lukáš
  Dmitry Sergey Andrei Alexei Ivan Mikhail Nikolai Vladimir Yuri Oleg Igor Boris Anatoly Viktor Konstantin Maxim
  Ilya Denis Roman Anastasia Ekaterina Olga Tatiana Natalia Irina Svetlana Elena Yulia Maria Anna Agnieszka Katarzyna
  Małgorzata Joanna Magdalena Barbara Ewa Dorota Aleksandra Zuzana Petra Lucie Veronika Kateřina Markéta Tereza
  Jelena Milica Dragana Ivana Nikola Marko Stefan Dušan Goran Zoran Miloš Branko Željko Vesna Snežana Bojana
`);
const SLAVIC_SURNAMES = [
  ...words(`
    Nowak Kowalczyk Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur
    Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek
    Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski
    Dvořák Novák Svoboda Novotný Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Jelínek
    Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk Urban Blažek Kříž Kovář Bartoš
    Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev
    Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Zakharov Zaitsev Solovyov Borisov Yakovlev
    Grigoriev Romanov Vorobyov Sergeev Frolov Alexandrov Dmitriev Korolev Gusev Kiselev Ilyin Maksimov Polyakov
    Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Marchenko Lysenko Rudenko Savchenko Petrenko
    Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Popović Živković
    Horvat Kovačević Babić Marić Jurić Novaković Knežević Vuković Perić Tomić Kovač Matić Šarić Lukić Blažević
  `),
  ...compose(
    'Kowal Lew Ziel Dąbr Wiśniew Kozł Sob Grab Jaw Kaczm Szcz Wasil Rog Lis Bor Kraw Mal Zaw Wol Bial Gol Pietr Stan Kras Niedź',
    'ski czyk owicz iak ecki ewski',
  ),
];

const CHINESE_SURNAMES = words(`
  Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han
  Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lü Ding Ren Shen Yao Lu Jiang
  Cui Zhong Tan Lu Wang Fan Jin Shi Liao Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Jiang Yin Xue Yan Duan Lei
  Long Li Shi Tao He Gu Mao Hao Gong Shao Wan Qian Yan Wu Dai Mo Kong Xiang Tang Chang Kang Ou Qi Niu Lan Shang
  Qiao Wen Yi Zhan Zuo Shu Bao Rao Gan Kuang Mu Cen Ji Miao Ning Ling Bi Hua Teng Shan Geng Xing Lou Ai Yue Huo
  Ruan Weng Tong Sheng Chai Pei Guan Tu Ge Zhuang Nie Qu Luan Zhai Lian Jing Fei Ban Xi Sha Nan Mi Rong Che
`);
const CHINESE_SYLLABLES = words(`
  Wei Jun Ming Hua Jian Li Ying Hong Yan Ping Xin Lei Jie Tao Yun Fang Qiang Bin Bo Chao Chen Dong Fei Feng Gang Hao
  Hui Jia Jing Kai Kun Lan Lin Long Mei Min Na Ning Peng Qi Qing Rui Shan Sheng Shu Song Tian Ting Wen Xia Xiang Xiao
  Xu Ya Yang Yi Yong Yu Yuan Zhen Zhi Zhong Zi Hai Han Heng Huan Jiao Juan Lu Man Nan Pei Qian Qiu Rong Ru Shuang
  Si Tong Wan Wu Xi Xuan Xue Yao Ye Yue Ze Zhe Zhu An Bing Cheng Dan Di Duo En Fan Gui Guo Hang Hong Jiang Jin
  Ke Kang Le Liang Ling Meng Miao Nuo Pu Qin Quan Ran Ren Shao Shi Shuo Tai Wei Xian Xing Xiong Yan Yin Ying Zhao
`);

const JAPANESE_GIVEN = [
  ...compose('Hiro Taka Kazu Masa Yoshi Nobu Toshi Hide Tomo Aki Shin Yasu Nori Tatsu Haru Kei Ryo Sato Shige Tada', 'shi ki o ya hiko nori to yuki mi ko'),
  ...words('Kenji Yuki Haruto Sota Daiki Ren Yuto Sakura Hina Yui Aoi Mei Rin Emi Ayumi Naoko Kaori Megumi Sayaka'),
];
const JAPANESE_SURNAMES = [
  ...words(`
    Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
    Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Maeda Fujita Okada Goto
    Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Okamoto Matsuda Nakagawa
  `),
  ...compose(
    'Yama Naka Ta Mori Ishi Kawa Taka Ki Fuji Matsu Hara Ko Saka Oka Ima Sugi Uchi Ono Kita Minami Nishi Higashi Hoshi Kuro Shira Aka Ao Oo Maru Iwa',
    'moto mura da kawa shita no zaki guchi uchi hara yama saki gawa sawa kubo tani hashi shima mizu oka',
  ),
];

const KOREAN_SURNAMES = words(
  'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin',
);
const KOREAN_SYLLABLES = words(
  'Min Ji Seo Hyun Jun Woo Young Soo Jae Sung Hee Eun Ho Yeon Jin Kyung Dong Hye Sang Won Joon Chul Mi Na Yu Ha Bin Tae Seung Hoon Ye In',
);

const INDIAN_GIVEN = words(`
  Rahul Amit Sanjay Vijay Rajesh Suresh Ramesh Anil Sunil Ravi Arun Ashok Manoj Deepak Vikram Arjun Rohit Nikhil
  Karthik Siddharth Aditya Abhishek Varun Pranav Akash Gaurav Harish Naveen Praveen Srinivas Venkatesh Krishna
  Ganesh Mahesh Dinesh Prakash Sandeep Pradeep Kiran Vivek Anand Ajay Yogesh Mukesh Rakesh Sachin Saurabh Tarun
  Priya Anjali Kavita Sunita Pooja Neha Divya Lakshmi Meera Lalitha Shreya Aishwarya Deepika Nandini Swati Sneha
  Radhika Aparna Bhavana Shalini Kavya Ananya Ishita Ritu Preeti Vandana Jyoti Rekha Usha Geeta Sangeetha Revathi
  Madhuri Padmini Sowmya Harini Keerthi Tanvi Nisha Pallavi Sushma Archana Sudha Vidya Rupa Mythili Chitra Janani
`);
const INDIAN_SURNAMES = words(`
  Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Desai Iyer Iyengar Rao Reddy Nair Menon Pillai Krishnan
  Subramanian Raman Chandrasekaran Venkataraman Natarajan Ramakrishnan Srinivasan Narayanan Balasubramanian Agarwal
  Bansal Goyal Mittal Jain Malhotra Kapoor Khanna Chopra Bhatia Saxena Srivastava Mishra Tiwari Pandey Dubey
  Chaturvedi Trivedi Dwivedi Banerjee Chatterjee Mukherjee Bhattacharya Ghosh Bose Das Dutta Sen Sengupta Chakraborty
  Roy Kulkarni Deshpande Patil Joshi Gokhale Bhat Hegde Shetty Kamath Shenoy Pai Prabhu Naik Gowda Murthy Sastry
  Sarma Varma Acharya Bhardwaj Chauhan Rathore Thakur Yadav Kaur Gill Sandhu Sidhu Dhillon Grewal Arora Sethi Anand
  Kohli Bhalla Ahuja Tandon Luthra Chawla Rastogi Khurana Mathur Nigam Kashyap Awasthi Shukla Tripathi Upadhyay
  Ganguly Majumdar Sarkar Basu Mitra Guha Kar Pal Saha Mandal Biswas Haldar Nath Lahiri Raghavan Ranganathan
  Sundaram Swaminathan Vaidyanathan Parthasarathy Gopalan Jayaraman Muthukrishnan Annamalai Ramaswamy Seshadri
`);

const TURKISH_GIVEN = words(`
  Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Emre
  Burak Serkan Cem Kerem Barış Onur Tolga Uğur Oğuz Çağrı Volkan Selim Ayşe Fatma Emine Hatice Zeynep Elif Merve
  Özlem Esra Gül Derya Ebru Şule Sevgi Gülşen Büşra Ceren Deniz Aslı Pınar Yasemin Selin Tuğba Dilek Nur Ece
`);
const TURKISH_SURNAMES = words(`
  Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt
  Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin
  Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy Karataş Ekinci Altun Tunç Bayram Uçar
`);

const ARABIC_GIVEN = words(`
  Mohammed Ahmed Ali Omar Khalid Hassan Hussein Youssef Ibrahim Mahmoud Mustafa Tariq Karim Samir Nabil Walid Faisal
  Hamza Bilal Rami Ziad Fadi Majid Saeed Nasser Adel Amr Hisham Sherif Tamer Fatima Aisha Mariam Layla Nour Huda
  Rania Salma Yasmin Dina Amira Hana Leila Reem Samira Noura Lina Dalia Farah Zainab Rasha Ghada Mona Heba
`);
const ARABIC_SURNAMES = words(`
  Al-Sayed Al-Mansour Al-Hashimi Al-Najjar Al-Khatib Al-Masri Al-Tamimi Al-Rashid Al-Hakim Al-Amin Al-Farsi Haddad
  Khoury Nasser Hamdan Saleh Abdallah Mansour Qasim Aziz Rahman Farouk Kassem Saad Youssef Shaheen Darwish Barakat
  Ghanem Zaki Sabri Fahmy Helmy Shawky Ramadan Soliman Abdelrahman Elsayed Mostafa Hamid Hussein Habib Jaber Issa
  Bakr Othman Taha Badawi Mahfouz Naguib Ezzat Lotfy Sobhy Gamal Kamel Fawzy Hegazy Morsy Abdelaziz Benali Benyahia
  Bouzid Mebarki Haddadi Cherif Belkacem Benaissa Bensaid Bouchard Amrani Tazi Alaoui Bennani Idrissi Berrada
`);

const VIETNAMESE_GIVEN = words(
  'Anh Bảo Cường Dũng Đức Hải Hùng Huy Khánh Long Minh Nam Phong Quân Sơn Thắng Thành Trung Tuấn Việt Vũ Hương Lan Linh Mai Ngọc Nhung Phương Thảo Thu Trang Vân Yến Hạnh Hằng Hoa Loan Oanh Thủy',
);
const VIETNAMESE_SURNAMES = words('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Đoàn Lâm Mai Cao Tạ Châu Tô');

const GREEK_GIVEN = words(`
  Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Vasileios Christos Athanasios Michail Evangelos
  Spyridon Antonios Anastasios Theodoros Emmanouil Stylianos Eleni Maria Aikaterini Vasiliki Sofia Angeliki Dimitra
  Georgia Evangelia Ioanna Paraskevi Despoina Chrysoula Anastasia Theodora Kalliopi Zoe Myrto Eirini Stavroula
`);
const GREEK_SURNAMES = [
  ...words(`
    Papadopoulos Papadakis Georgiou Dimitriou Nikolaidis Konstantinou Ioannou Vlachos Oikonomou Makris Karagiannis
    Christodoulou Antoniou Pappas Alexiou Kouris Lambrou Mavridis Economou Stavrou Kyriakou Athanasiou Theodorou
  `),
  ...compose('Papa Karag Chris Kon Anag Mich Stef Pan Dim Vas Geor Leon Nik Thanas Kost Spyr Yann Zach Manol Ange', 'opoulos akis idis iou atos ellis'),
];

// Weights sketch the mix of names in a large international bibliography.
export const LOCALES: readonly Locale[] = [
  { name: 'English', weight: 0.18, given: ENGLISH_GIVEN, surnames: ENGLISH_SURNAMES, middleInitialShare: 0.35 },
  { name: 'Chinese', weight: 0.2, given: [...CHINESE_SYLLABLES, ...compose(CHINESE_SYLLABLES.join(' '), CHINESE_SYLLABLES.join(' ').toLowerCase())], surnames: CHINESE_SURNAMES, middleInitialShare: 0, syllabicGiven: true },
  { name: 'German', weight: 0.08, given: GERMAN_GIVEN, surnames: GERMAN_SURNAMES, middleInitialShare: 0.1 },
  { name: 'French', weight: 0.05, given: FRENCH_GIVEN, surnames: FRENCH_SURNAMES, middleInitialShare: 0.03 },
  { name: 'Spanish', weight: 0.07, given: SPANISH_GIVEN, surnames: [...SPANISH_ROOTS, ...hyphenate(SPANISH_ROOTS)], middleInitialShare: 0.05 },
  { name: 'Portuguese', weight: 0.04, given: PORTUGUESE_GIVEN, surnames: [...PORTUGUESE_ROOTS, ...hyphenate(PORTUGUESE_ROOTS)], middleInitialShare: 0.05 },
  { name: 'Italian', weight: 0.05, given: ITALIAN_GIVEN, surnames: ITALIAN_SURNAMES, middleInitialShare: 0.02 },
  { name: 'Dutch', weight: 0.02, given: DUTCH_GIVEN, surnames: DUTCH_SURNAMES, middleInitialShare: 0.15 },
  { name: 'Nordic', weight: 0.03, given: NORDIC_GIVEN, surnames: NORDIC_SURNAMES, middleInitialShare: 0.1 },
  { name: 'Slavic', weight: 0.06, given: SLAVIC_GIVEN, surnames: SLAVIC_SURNAMES, middleInitialShare: 0.02 },
  { name: 'Japanese', weight: 0.05, given: JAPANESE_GIVEN, surnames: JAPANESE_SURNAMES, middleInitialShare: 0 },
  { name: 'Korean', weight: 0.04, given: [...compose(KOREAN_SYLLABLES.join(' '), KOREAN_SYLLABLES.join(' ').toLowerCase())], surnames: KOREAN_SURNAMES, middleInitialShare: 0, syllabicGiven: true },
  { name: 'Indian', weight: 0.07, given: INDIAN_GIVEN, surnames: INDIAN_SURNAMES, middleInitialShare: 0.05 },
  { name: 'Turkish', weight: 0.02, given: TURKISH_GIVEN, surnames: TURKISH_SURNAMES, middleInitialShare: 0 },
  { name: 'Arabic', weight: 0.02, given: ARABIC_GIVEN, surnames: ARABIC_SURNAMES, middleInitialShare: 0.02 },
  { name: 'Vietnamese', weight: 0.01, given: VIETNAMESE_GIVEN, surnames: VIETNAMESE_SURNAMES, middleInitialShare: 0 },
  { name: 'Greek', weight: 0.01, given: GREEK_GIVEN, surnames: GREEK_SURNAMES, middleInitialShare: 0.02 },
];
